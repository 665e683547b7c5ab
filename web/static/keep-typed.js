// Remembers what a person types or ticks before the page's scripts have started (on a slow phone
// that can be seconds). Starting the scripts writes the server's values back into the fields;
// the root layout then puts back what was typed here (see src/lib/keep-typed.ts).
(function () {
	var typed = new Map();
	function remember(event) {
		var field = event.target;
		if (!field || !/^(INPUT|TEXTAREA|SELECT)$/.test(field.nodeName)) return;
		typed.set(field, { value: field.value, checked: field.checked });
	}
	document.addEventListener('input', remember, true);
	document.addEventListener('change', remember, true);
	window.__rongheTyped = {
		typed: typed,
		stop: function () {
			document.removeEventListener('input', remember, true);
			document.removeEventListener('change', remember, true);
		},
	};
})();
