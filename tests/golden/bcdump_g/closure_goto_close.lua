for i = 1, 3 do
  local x = i
  local f = function() return x end
  if x == 2 then goto cont end
  g(f)
  ::cont::
end
