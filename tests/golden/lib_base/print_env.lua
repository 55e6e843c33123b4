-- print looks up its upvalue's name ("tostring") in the running thread's environment,
-- raw first, then with metamethods
print(debug.getupvalue(print, 1), debug.getinfo(print).nups)
print(select("#", debug.getupvalue(print, 2)))
local co = coroutine.create(function() print(1, "a", nil, true) end)
debug.setfenv(co, setmetatable({}, { __index = { tostring = function(v) return "<" .. type(v) .. ">" end } }))
coroutine.resume(co)
local pr = print
local function f() pr(2, "b") end
setfenv(f, { tostring = function(v) return "[" .. tostring(v) .. "]" end })
f() -- the function's environment is not the thread's
local old = tostring
tostring = function(v) return "{" .. old(v) .. "}" end
print(3, "c")
tostring = function() return 42 end
print(4, "d")
tostring = function() return {} end
local ok, e = pcall(print, 5)
tostring = old
print(ok, e)
mytostring = function(v) return "M" .. old(v) end
local nm = debug.setupvalue(print, 1, "mytostring")
print(nm)
print(6, "e")
debug.setupvalue(print, 1, "tostring")
print(7, "f")
tostring = nil
print(8)
