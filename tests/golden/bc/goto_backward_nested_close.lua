
local n = 0
::top::
do
  local x = n
  local f = function() return x end
  n = n + 1
  if n < 3 then goto top end
end
