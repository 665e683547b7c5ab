/**
 * The submitted form, or null when the body is not a readable form (broken multipart, a missing
 * boundary, text/plain): callers answer that with a 400 message instead of a 500.
 */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const UNREADABLE_FORM = '没有收到表单内容，请回到页面重新填写后再提交。';
