// Fixture of the module tests.
export default 'default export';
export var present = 1;
export function double(x) {
  return 2 * x;
}
