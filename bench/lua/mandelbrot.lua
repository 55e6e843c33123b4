-- Mandelbrot set: tight floating-point loops, a checksum instead of a bitmap.
local N = tonumber(arg and arg[1]) or 1300
local iter = 50
local limit2 = 4.0
local inside = 0
local checksum = 0
for y = 0, N - 1 do
  local Ci = 2 * y / N - 1
  for x = 0, N - 1 do
    local Cr = 2 * x / N - 1.5
    local Zr, Zi, Zrq, Ziq = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for i = 1, iter do
      Zi = 2 * Zr * Zi + Ci
      Zr = Zrq - Ziq + Cr
      Ziq = Zi * Zi
      Zrq = Zr * Zr
      if Zrq + Ziq > limit2 then
        checksum = (checksum + i * (x + 1)) % 1000003
        escaped = true
        break
      end
    end
    if not escaped then inside = inside + 1 end
  end
end
print(inside, checksum)
