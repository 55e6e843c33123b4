local a = 1 +
  2 *
  f(
    3)
local b = {
  1,
  2,
  f()
}
