-- debug.getinfo: every field for Lua, C and builtin functions, by level and by function.
local function fields(t)
  if not t then return "nil" end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" then v = (v == print or v == t.func) and "fn" or "function" end
    if type(v) == "table" then v = "table" end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, " ")
end
local function lua_fn(a, b, ...)
  local x = 1
  return debug.getinfo(1)
end
print(fields(lua_fn()))
print(fields(debug.getinfo(lua_fn)))
print(fields(debug.getinfo(print)))
print(fields(debug.getinfo(table.remove)))
print(fields(debug.getinfo(string.len, "S")))
print(fields(debug.getinfo(1, "nSlu")))
print(fields(debug.getinfo(1, "f")) )
print(fields(debug.getinfo(1, "")))
print(fields(debug.getinfo(100)))
print(pcall(debug.getinfo, 1, ">"), pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo), pcall(debug.getinfo, "x"), pcall(debug.getinfo, {}))
local function outer()
  local function inner()
    local r = {}
    for lvl = 1, 5 do
      local i = debug.getinfo(lvl, "nSl")
      r[#r + 1] = i and (tostring(i.name) .. ":" .. tostring(i.namewhat) .. ":" .. i.what .. ":" .. i.short_src .. ":" .. i.currentline) or "-"
    end
    return table.concat(r, " | ")
  end
  return (inner())
end
print(outer())
local t = { method = function(self) return debug.getinfo(1, "n") end }
print(fields(t:method()), fields(t.method(t)))
local getinfo = debug.getinfo
local up = function() return getinfo(1, "n") end
print(fields(up()))
print(fields(debug.getinfo(coroutine.create(function() end), 0)))
local co = coroutine.create(function(x) coroutine.yield(debug.getinfo(1, "l").currentline) end)
print(coroutine.resume(co, 1))
print(fields(debug.getinfo(co, 1, "Sl")))
local main = debug.getinfo(loadstring("return 1"), "S")
print(fields(main))
print(fields(debug.getinfo(loadstring("return 1", "=custom"), "S")))
print(fields(debug.getinfo(loadstring("return 1", "@file.lua"), "S")))
print(fields(debug.getinfo(loadstring(string.rep("x", 70) .. " = 1\nreturn 1"), "S")))
