export function start(form: HTMLFormElement, input: HTMLInputElement) {
  console.log(form, input);
}
