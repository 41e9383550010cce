// The floor for the keystroke figure: a native textarea and a one-line counter, no library.
const field = document.getElementById('native-message');
const counter = document.getElementById('native-counter');
const limit = Number(field.dataset.limit);
const update = () => {
  counter.textContent = `${limit - field.value.length} characters left`;
};
field.addEventListener('input', update);
update();
