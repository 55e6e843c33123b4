while x y end
