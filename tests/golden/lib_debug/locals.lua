-- debug.getlocal/setlocal, getupvalue/setupvalue, upvalueid/upvaluejoin, metatables,
-- the registry and fenvs.
local function f(a, b, ...)
  local c = a + b
  do local inner = "scoped" end
  local out = {}
  for i = 1, 10 do
    local name, val = debug.getlocal(1, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. tostring(val)
  end
  out[#out + 1] = tostring(debug.getlocal(1, -1)) .. "," .. tostring(debug.getlocal(1, -3))
  print(debug.setlocal(1, 3, 99), c, debug.setlocal(1, 20, 0))
  return table.concat(out, " ")
end
print(f(1, 2, "va1", "va2"))
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3), debug.getlocal(print, 1))
print(pcall(debug.getlocal, 50, 1), pcall(debug.getlocal), pcall(debug.setlocal, 1))
local x, y = 10, 20
local function g() return x + y end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3))
print(debug.setupvalue(g, 1, 100), g(), x, debug.setupvalue(g, 5, 0))
print(debug.getupvalue(print, 1), debug.getupvalue(string.gmatch("a", "a"), 1))
local function h() return y end
print(debug.upvalueid(g, 2) == debug.upvalueid(h, 1), debug.upvalueid(g, 1) == debug.upvalueid(h, 1))
debug.upvaluejoin(h, 1, g, 1)
print(h(), debug.upvalueid(g, 1) == debug.upvalueid(h, 1))
print(pcall(debug.upvalueid, g, 10), pcall(debug.upvaluejoin, g, 1, print, 1))
print(pcall(debug.upvalueid, print, 1))
local mt = {}
print(debug.setmetatable(5, mt) == 5, getmetatable(5) == mt, debug.getmetatable(7) == mt)
debug.setmetatable(5, nil)
print(getmetatable(5), debug.getmetatable("x").__index == string)
print(pcall(debug.setmetatable, {}, 5))
local prot = setmetatable({}, { __metatable = "locked" })
print(getmetatable(prot), type(debug.getmetatable(prot)))
print(type(debug.getregistry()), debug.getregistry() == debug.getregistry())
print(debug.getfenv(f) == _G, debug.getfenv(print) == _G, debug.getfenv(5))
local e = {}
print(debug.setfenv(f, e) == f, getfenv(f) == e, pcall(debug.setfenv, 5, {}))
print(pcall(debug.setfenv, f, 5))
