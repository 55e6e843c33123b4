-- __concat on the CAT stack: operands of several kinds, results fed back into the
-- concatenation, errors naming the operand.
local mt = {__concat = function(a, b)
  local x = type(a) == "table" and a[1] or a
  local y = type(b) == "table" and b[1] or b
  return x .. "+" .. y
end}
local A = setmetatable({"A"}, mt)
local B = setmetatable({"B"}, mt)
print("x" .. A .. "y" .. 1 .. B .. "z")
print(A .. B, A .. "s", 2 .. B, A .. 1.5)
local function f(...)
  local p, q = 1, 2
  return p .. A .. q .. B .. select('#', ...)
end
print(f(1, 2), f())
print(pcall(function() return A .. {} .. "x" end))
print(pcall(function() return "x" .. {} .. A end))
local n = setmetatable({}, {__concat = function(a, b) return 7 end})
print(n .. "a" .. "b", "a" .. n .. "b")
