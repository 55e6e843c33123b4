-- string.dump: dumps load back with the same behaviour; stripping; errors.
local function f(a, b)
  local t = { a, b, n = 2 }
  return a + b, #t, t.n
end
local d = string.dump(f)
print(type(d), d:sub(1, 3) == "\27LJ", #d > 20)
local g = loadstring(d)
print(g(1, 2))
local ds = string.dump(f, true)
print(#ds < #d, loadstring(ds)(3, 4))
print(pcall(string.dump, print))
print(pcall(string.dump))
print(pcall(string.dump, 1))
local up = 5
local function h() return up end
local hh = loadstring(string.dump(h))
print(pcall(hh))
print(select("#", string.dump(function() end)))
local big = loadstring("local x = ... return x * 2, 'const', {1, 2}")
local b2 = loadstring(string.dump(big))
print(b2(21))
