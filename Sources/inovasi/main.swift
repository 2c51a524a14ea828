print("inovasi")
