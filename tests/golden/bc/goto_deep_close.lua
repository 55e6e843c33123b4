
for i = 1, 3 do
  local a = i
  do
    local b = a
    local f = function() return b end
    do
      local c = b
      local g = function() return c end
      if c == 2 then goto next end
      if c == 3 then goto out end
    end
  end
  ::next::
end
::out::
