for i = 1, 3 do
  if i == 1 then goto next end
  if i == 3 then break end
  f(i)
  ::next::
end
