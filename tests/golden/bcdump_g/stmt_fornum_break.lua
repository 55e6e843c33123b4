for i = 1, 10 do
  if i == 5 then break end
  f(i)
end
