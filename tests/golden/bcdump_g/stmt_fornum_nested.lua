for i = 1, 3 do
  for j = i, 3 do
    for k = j, 3 do f(i, j, k) end
  end
end
