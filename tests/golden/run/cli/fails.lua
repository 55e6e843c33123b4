local function bad() local t = nil; return t.x end
print("before")
bad()
