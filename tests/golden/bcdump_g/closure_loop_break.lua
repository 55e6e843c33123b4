for i = 1, 3 do
  local x = i
  local f = function() return x end
  if f() then break end
end
