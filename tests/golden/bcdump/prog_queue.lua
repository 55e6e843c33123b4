-- A double-ended queue with integer keys.
local Deque = {}
Deque.__index = Deque

function Deque.new() return setmetatable({ first = 0, last = -1 }, Deque) end

function Deque:push_back(v)
  local last = self.last + 1
  self.last = last
  self[last] = v
end

function Deque:push_front(v)
  local first = self.first - 1
  self.first = first
  self[first] = v
end

function Deque:pop_front()
  local first = self.first
  if first > self.last then return nil end
  local v = self[first]
  self[first] = nil
  self.first = first + 1
  return v
end

function Deque:pop_back()
  local last = self.last
  if self.first > last then return nil end
  local v = self[last]
  self[last] = nil
  self.last = last - 1
  return v
end

function Deque:len() return self.last - self.first + 1 end

local d = Deque.new()
for i = 1, 5 do d:push_back(i); d:push_front(-i) end
while d:len() > 0 do io.write(d:pop_front(), " ") end
print()
