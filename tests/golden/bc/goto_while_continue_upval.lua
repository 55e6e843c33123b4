
local i = 0
while i < 5 do
  i = i + 1
  local v = i
  local f = function() return v end
  if v % 2 == 0 then goto continue end
  print(f())
  ::continue::
end
