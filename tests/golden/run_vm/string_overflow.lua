-- A concatenation of LJ_MAX_STR bytes or more is "string length overflow", with the
-- position of the instruction, whatever it costs to try; pcall catches it.
local s = string.rep("x", 2^29 - 24)
print(#s)
print(pcall(function() return #(s .. s .. s .. s .. s) end))
print(pcall(function() return #(s .. s .. s .. s .. 1) end))
local t = {s, s, s, s}
print(pcall(function() return #(t[1] .. t[2] .. t[3] .. t[4] .. t[1]) end))
-- The same from hot (compiled) code.
local function f(a, b) return a .. b .. a .. b end
local msgs = {}
for i = 1, 100 do
  local m = select(2, pcall(f, s, s))
  msgs[m] = (msgs[m] or 0) + 1
end
for m, n in pairs(msgs) do print(m, n) end
s, t = nil, nil
print(#("a" .. "b"))
