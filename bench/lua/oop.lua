-- Method-call-heavy object code: classes via metatables, __index chains, self calls.
local Point = {}
Point.__index = Point

function Point.new(x, y)
  return setmetatable({ x = x, y = y }, Point)
end

function Point:add(o)
  return Point.new(self.x + o.x, self.y + o.y)
end

function Point:scale(k)
  self.x = self.x * k
  self.y = self.y * k
  return self
end

function Point:norm2()
  return self.x * self.x + self.y * self.y
end

local Particle = setmetatable({}, { __index = Point })
Particle.__index = Particle

function Particle.new(x, y, vx, vy)
  local p = setmetatable(Point.new(x, y), Particle)
  p.v = Point.new(vx, vy)
  return p
end

function Particle:step(dt)
  self.x = self.x + self.v.x * dt
  self.y = self.y + self.v.y * dt
  if self:norm2() > 100 then self.v:scale(-1) end
  return self
end

local N = tonumber(arg and arg[1]) or 30000
local ps = {}
for i = 1, 100 do ps[i] = Particle.new(i % 7, i % 11, (i % 5) - 2, (i % 3) - 1) end
local acc = Point.new(0, 0)
for _ = 1, N do
  for i = 1, #ps do
    local p = ps[i]:step(0.01)
    acc = acc:add(p)
  end
end
print(string.format("%.6f %.6f", acc.x, acc.y))
