for i = 1, 3 do i = i + 1; f(i) end
