-- os.getenv/remove/rename/tmpname/execute.
print(type(os.getenv("PATH")), os.getenv("LJTS_SURELY_UNSET_VARIABLE"), pcall(os.getenv))
local name = os.tmpname()
print(name:match("^/tmp/lua_%w%w%w%w%w%w$") ~= nil)
local f = io.open(name) print(io.type(f), f:read("*a")) f:close()
local function scrub(...)
  local t = { n = select("#", ...), ... }
  for i = 1, t.n do if type(t[i]) == "string" then t[i] = t[i]:gsub(name, "NAME") end end
  return unpack(t, 1, t.n)
end
print(scrub(os.rename(name, name .. ".new")))
print(scrub(os.rename(name, name .. ".new")))
print(scrub(os.remove(name)))
print(scrub(os.remove(name .. ".new")))
print(scrub(os.remove(name .. ".new")))
print(pcall(os.remove), pcall(os.rename, "a"))
print(os.remove("/"))
print(os.tmpname() ~= os.tmpname())
print(os.setlocale(), os.setlocale("C"), os.setlocale(nil, "numeric"), os.setlocale("xx_YY"))
print(pcall(os.setlocale, "C", "bad"))
