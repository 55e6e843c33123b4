-- Multiple results passed straight to a call in hot (compiled) code, where a slot of the
-- results is also read later (on a path that never runs) by the enclosing code.
local function id(...) return ... end
local function f(a, ...) return a, ... end
local function g(...) return select("#", ...), ... end
local out = {}
for iter = 1, 100 do
  local a, b, c = id(f(4, 1, nil))
  local n, x, y, z = g(f(iter, nil, 3))
  local t = { id(f(5, 6)) }
  if iter == 1 or iter == 100 then print(a, b, c, n, x, y, z, #t, t[1], t[2]) end
  out[#out + 1] = a + n
  for i = 1, 2 do
    local v = i > i and i or 0
    local w = v - v
  end
end
print(#out, out[1], out[100])
