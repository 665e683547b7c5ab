import { desc, eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, invitations, postings } from '@ronghe/db/schema';

export function createInvitationsRepository() {
	return {
		async insertInvitation(db: Db, row: typeof invitations.$inferInsert) {
			const [created] = await db.insert(invitations).values(row).returning();
			return created!;
		},
		async myInvitations(db: Db, personId: string) {
			return db
				.select({ i: invitations, employerName: employers.name, postingTitle: postings.title })
				.from(invitations)
				.innerJoin(employers, eq(employers.id, invitations.employerId))
				.leftJoin(postings, eq(postings.id, invitations.postingId))
				.where(eq(invitations.personId, personId))
				.orderBy(desc(invitations.createdAt), desc(invitations.id));
		},
		async lockInvitation(db: Db, id: string) {
			const [row] = await db.select().from(invitations).where(eq(invitations.id, id)).for('update');
			return row;
		},
		async answerInvitation(db: Db, id: string, status: 'accepted' | 'declined', at: Date) {
			await db
				.update(invitations)
				.set({ status, respondedAt: at, updatedAt: at })
				.where(eq(invitations.id, id));
		},
	};
}
export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
