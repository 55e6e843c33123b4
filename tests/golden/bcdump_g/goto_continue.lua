for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    f(i, j)
    ::continue::
  end
end
