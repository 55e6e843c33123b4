-- A small class system: inheritance, super calls, mixins, properties through
-- __index/__newindex functions, operators, tostring, class methods and instance counting.
local function class(name, parent)
  local c = {__name = name, __parent = parent, __props = {}}
  c.__index = function(self, key)
    local props = rawget(c, "__props")
    local p = props[key]
    if p and p.get then return p.get(self) end
    local cur = c
    while cur do
      local v = rawget(cur, key)
      if v ~= nil then return v end
      cur = rawget(cur, "__parent")
    end
    return nil
  end
  c.__newindex = function(self, key, value)
    local cur = c
    while cur do
      local p = rawget(cur, "__props")[key]
      if p then
        if not p.set then error("property '" .. key .. "' is read-only", 2) end
        return p.set(self, value)
      end
      cur = rawget(cur, "__parent")
    end
    rawset(self, key, value)
  end
  c.__tostring = function(self)
    local f = self.toString
    if f then return f(self) end
    return name .. " instance"
  end
  setmetatable(c, {
    __call = function(cls, ...)
      local obj = setmetatable({}, cls)
      local init = obj.init
      if init then init(obj, ...) end
      cls.count = (rawget(cls, "count") or 0) + 1
      return obj
    end,
    __index = parent,
  })
  for _, mm in ipairs({"__add", "__eq", "__lt", "__le", "__concat", "__len", "__unm"}) do
    if parent and parent[mm] then c[mm] = parent[mm] end
  end
  return c
end

local function property(c, name, get, set) c.__props[name] = {get = get, set = set} end

local function include(c, mixin)
  for k, v in pairs(mixin) do if c[k] == nil then c[k] = v end end
end

-- Shapes.
local Shape = class("Shape")
function Shape:init(name) self.name = name end
function Shape:area() return 0 end
function Shape:describe() return string.format("%s with area %.2f", self.name, self:area()) end
function Shape:toString() return "Shape(" .. self.name .. ")" end
Shape.__lt = function(a, b) return a:area() < b:area() end
Shape.__le = function(a, b) return a:area() <= b:area() end
Shape.__eq = function(a, b) return a:area() == b:area() end

local Rect = class("Rect", Shape)
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
property(Rect, "perimeter", function(self) return 2 * (self.w + self.h) end)
property(Rect, "width", function(self) return self.w end, function(self, v)
  if v < 0 then error("negative width") end
  rawset(self, "w", v)
end)

local Square = class("Square", Rect)
function Square:init(s) Rect.init(self, s, s); self.name = "square" end
function Square:toString() return "Square[" .. self.w .. "]" end

local Circle = class("Circle", Shape)
function Circle:init(r) Shape.init(self, "circle"); self.r = r end
function Circle:area() return math.pi * self.r ^ 2 end

local Comparable = {
  max = function(self, other) if self < other then return other end return self end,
  same = function(self, other) return self == other end,
}
include(Shape, Comparable)

local shapes = {Rect(3, 4), Square(5), Circle(1), Rect(2, 8), Square(1)}
for _, s in ipairs(shapes) do print(tostring(s), s:describe()) end
table.sort(shapes, function(a, b) return a < b end)
for _, s in ipairs(shapes) do io.write(s.name, ":", string.format("%.2f", s:area()), " ") end
print()
print(shapes[1] <= shapes[2], shapes[5] < shapes[1], Rect(2, 8) == Rect(4, 4), Rect(1, 1) == Square(2))
print(Rect(3, 4).perimeter, Square(3).perimeter, Square(2):max(Rect(1, 1)):describe())
local r = Rect(1, 2)
r.width = 10
print(r.w, r.width, r:area())
print(pcall(function() r.width = -1 end))
print(pcall(function() r.perimeter = 5 end))
print(Rect.count, Square.count, Circle.count, Shape.count)
print(getmetatable(Square(1)) == Square, rawget(Square, "area"), Square.area == Rect.area)

-- Vectors with operators.
local Vec = class("Vec")
function Vec:init(x, y) self.x, self.y = x, y end
Vec.__add = function(a, b) return Vec(a.x + b.x, a.y + b.y) end
Vec.__unm = function(a) return Vec(-a.x, -a.y) end
Vec.__len = function(a) return math.sqrt(a.x * a.x + a.y * a.y) end
Vec.__concat = function(a, b) return tostring(a) .. tostring(b) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
function Vec:toString() return "(" .. self.x .. "," .. self.y .. ")" end
local v = Vec(3, 4) + Vec(1, 1)
print(tostring(v), #Vec(3, 4), tostring(-v), Vec(1, 2) .. Vec(3, 4), Vec(1, 1) == Vec(1, 1))
local Vec3 = class("Vec3", Vec)
function Vec3:init(x, y, z) Vec.init(self, x, y); self.z = z end
function Vec3:toString() return Vec.toString(self):sub(1, -2) .. "," .. self.z .. ")" end
local v3 = Vec3(1, 2, 3) + Vec(1, 1)
print(tostring(Vec3(1, 2, 3)), tostring(v3), getmetatable(v3) == Vec)

-- A stack-based interpreter built from classes.
local Machine = class("Machine")
function Machine:init() self.stack = {}; self.log = {} end
function Machine:push(v) self.stack[#self.stack + 1] = v; return self end
function Machine:pop()
  local n = #self.stack
  if n == 0 then error("stack underflow", 2) end
  local v = self.stack[n]
  self.stack[n] = nil
  return v
end
local ops = {
  add = function(a, b) return a + b end, sub = function(a, b) return a - b end,
  mul = function(a, b) return a * b end, div = function(a, b) return a / b end,
}
function Machine:run(program)
  for word in program:gmatch("%S+") do
    local n = tonumber(word)
    if n then self:push(n)
    elseif ops[word] then
      local b, a = self:pop(), self:pop()
      self:push(ops[word](a, b))
    elseif word == "dup" then local a = self:pop(); self:push(a):push(a)
    else error("unknown word " .. word) end
    self.log[#self.log + 1] = word
  end
  return self:pop()
end
local m = Machine()
print(m:run("3 4 add 2 mul dup mul"), #m.log)
print(pcall(m.run, m, "1 add"))
print(pcall(m.run, m, "1 2 frob"))
print(Machine.count)
