
local i = 0
repeat
  local a = i
  repeat
    local b = a
    local f = function() return a + b end
    if b > 2 then break end
    a = a + 1
  until f() > 10
  i = i + 1
until a > 5
