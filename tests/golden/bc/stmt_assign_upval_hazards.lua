
local a, b = {}, 1
local function f()
  a[b], b = 1, 2
  b, a[b] = 3, 4
  a.x, a = 5, nil
end
