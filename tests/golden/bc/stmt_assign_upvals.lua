local a, b = 1, 2
local function f()
  a = 1
  a = 'x'
  a = nil
  a = true
  a = false
  a = b
  a = b + 1
  a, b = b, a
  a = 1.5
end
