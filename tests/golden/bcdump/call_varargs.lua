local function v(...)
  f(...)
  f(1, ...)
  f(..., 1)
  f((...))
  return f(...)
end
