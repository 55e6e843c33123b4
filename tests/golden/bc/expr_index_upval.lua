local t = {}
local function f()
  return t.a, t[1], t[t], t.a.b
end
