for i = 1, 10 do
  for j = 1, 10 do
    if i * j > 20 then goto done end
  end
end
::done::
