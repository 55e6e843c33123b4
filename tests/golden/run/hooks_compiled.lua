-- Debug hooks set from inside calls made by hot (compiled) code: results survive the switch
-- to the hooked interpreter.
local n = 0
for i = 1, 100 do
  local s, c = string.gsub("abc", "b", function() if i == 50 then debug.sethook(function() n = n + 1 end, "l") end return "X" end)
  if i == 50 then print(s, c) debug.sethook() end
end
print(n > 0)
local function f() return 1, 2 end
n = 0
for i = 1, 100 do
  local a, b = f()
  if i == 50 then
    local x, y = debug.sethook(function() n = n + 1 end, "l"), 7
    print(a, b, x, y)
    debug.sethook()
  end
  local p, q = math.max(i, 3), select(2, 10, 20)
  if i == 60 then debug.sethook(function() end, "c") end
  if i == 70 then print(p, q) debug.sethook() end
end
print(n > 0)
