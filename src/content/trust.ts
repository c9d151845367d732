type UserActivation = { isActive: boolean };

/**
 * Whether an event comes from the person: made by the browser from their own input (`isTrusted`;
 * a page script's `el.click()` or `dispatchEvent` is not) while the page has a real user activation
 * (https://html.spec.whatwg.org/multipage/interaction.html#user-activation: a key press, a mouse
 * button, a touch in the last few seconds). `form.requestSubmit()` fires a trusted `submit` event,
 * so the activation is what tells a page script's submit from the person's. Where the browser has no
 * `navigator.userActivation`, `isTrusted` alone decides. Only such events are ever recorded.
 */
export function fromPerson(event: Event): boolean {
  if (!event.isTrusted) return false;
  const activation = (navigator as Navigator & { userActivation?: UserActivation }).userActivation;
  return activation ? activation.isActive === true : true;
}
