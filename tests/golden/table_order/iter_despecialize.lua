-- A for-in loop whose ITERN was despecialized by an inner loop keeps going
local t = { 4, 5, 6 }
local function dummy() end
local function f(next, d)
  for k, v in next, t, nil do print(d, k, v); if v == 5 then f(dummy, d + 1) end end
end
f(next, 0)

-- The same with a hash part and a deeper recursion.
local h = { 10, 20, [1.5] = "a", [-1] = "b", [7] = "c", [true] = "d" }
local function g(it, d)
  for k, v in it, h, nil do
    print(d, k, v)
    if d < 2 and k == 1.5 then g(d == 0 and next or dummy, d + 1) end
    if d < 2 and k == 7 then g(dummy, d + 1) end
  end
end
g(next, 0)

-- Despecialized while a coroutine is suspended inside the loop.
local function walk(it)
  for k, v in it, h, nil do coroutine.yield(k, v) end
end
local co = coroutine.wrap(function() walk(next) end)
print(co())
print(co())
pcall(walk, dummy)
for _ = 1, 5 do print(co()) end

-- What the control variable shows: a light userdata that next accepts.
local function control(level)
  for i = 1, 250 do
    local name, v = debug.getlocal(level + 1, i)
    if name == nil then return nil end
    if name == "(for control)" then return v end
  end
end
local src = { 1, 2, [2.5] = 3 }
for k in pairs(src) do
  local ctl = control(1)
  print(k, type(ctl), ctl == ctl, ctl == control(1), (next(src, ctl)))
end
print(pcall(next, {}, 1.5))
