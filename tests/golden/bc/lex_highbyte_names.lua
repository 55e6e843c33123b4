local été = 1
x€y = été
