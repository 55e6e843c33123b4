for i = 1, 3 do
  while true do
    repeat
      break
    until true
    break
  end
  if i then break end
end
