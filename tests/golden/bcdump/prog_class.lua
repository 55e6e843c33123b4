-- A small class system with inheritance and metamethods.
local Class = {}
Class.__index = Class

function Class:extend(fields)
  local cls = setmetatable(fields or {}, self)
  cls.__index = cls
  cls.super = self
  return cls
end

function Class:new(...)
  local obj = setmetatable({}, self)
  if obj.init then obj:init(...) end
  return obj
end

local Point = Class:extend({ x = 0, y = 0 })

function Point:init(x, y)
  self.x, self.y = x or 0, y or 0
end

function Point.__add(a, b)
  return Point:new(a.x + b.x, a.y + b.y)
end

function Point:__tostring()
  return "(" .. self.x .. ", " .. self.y .. ")"
end

local Point3 = Point:extend()
function Point3:init(x, y, z)
  Point.init(self, x, y)
  self.z = z or 0
end

local p = Point:new(1, 2) + Point:new(3, 4)
print(tostring(p), Point3:new(1, 2, 3).z)
return Class
