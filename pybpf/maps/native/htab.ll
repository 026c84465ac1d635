; ModuleID = 'htab.c'
source_filename = "htab.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pb_hnode = type { i32, i32, i32, i32, i8, i8, i16 }

; Function Attrs: nounwind
define dso_local i64 @pb_htab_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = tail call fastcc i64 @layout(ptr noundef null, ptr noundef %0, ptr noundef null) #10
  ret i64 %2
}

; Function Attrs: nounwind
define internal fastcc i64 @layout(ptr noundef %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2) unnamed_addr #0 {
  %4 = getelementptr inbounds i8, ptr %1, i64 24
  %5 = load i32, ptr %4, align 8, !tbaa !3
  %6 = tail call i32 @llvm.umax.i32(i32 %5, i32 1)
  %7 = load i32, ptr %1, align 8, !tbaa !9
  %8 = add i32 %7, -9
  %9 = icmp ult i32 %8, 2
  %10 = zext i1 %9 to i32
  br i1 %9, label %11, label %16

11:                                               ; preds = %3
  %12 = getelementptr inbounds i8, ptr %1, i64 16
  %13 = load i32, ptr %12, align 8, !tbaa !10
  %14 = and i32 %13, 2
  %15 = icmp ne i32 %14, 0
  br label %16

16:                                               ; preds = %11, %3
  %17 = phi i1 [ false, %3 ], [ %15, %11 ]
  %18 = zext i1 %17 to i32
  switch i32 %7, label %23 [
    i32 1, label %19
    i32 25, label %19
  ]

19:                                               ; preds = %16, %16
  %20 = getelementptr inbounds i8, ptr %1, i64 12
  %21 = load i32, ptr %20, align 4, !tbaa !11
  %22 = add i32 %21, 1
  br label %26

23:                                               ; preds = %16
  %24 = getelementptr inbounds i8, ptr %1, i64 12
  %25 = load i32, ptr %24, align 4, !tbaa !11
  br label %26

26:                                               ; preds = %19, %23
  %27 = phi i32 [ %21, %19 ], [ %25, %23 ]
  %28 = phi i32 [ %22, %19 ], [ %25, %23 ]
  %29 = getelementptr inbounds i8, ptr %1, i64 12
  br label %30

30:                                               ; preds = %30, %26
  %31 = phi i32 [ 1, %26 ], [ %33, %30 ]
  %32 = icmp ult i32 %31, %27
  %33 = shl i32 %31, 1
  br i1 %32, label %30, label %34, !llvm.loop !12

34:                                               ; preds = %30
  br i1 %9, label %35, label %38

35:                                               ; preds = %34
  %36 = tail call i32 @pb_lru_nr_sentinels(i32 noundef %18, i32 noundef %6) #11
  %37 = load i32, ptr %1, align 8, !tbaa !9
  br label %38

38:                                               ; preds = %34, %35
  %39 = phi i32 [ %37, %35 ], [ %7, %34 ]
  %40 = phi i32 [ %36, %35 ], [ 0, %34 ]
  %41 = add i32 %40, %28
  %42 = icmp eq i32 %39, 13
  br i1 %42, label %48, label %43

43:                                               ; preds = %38
  %44 = getelementptr inbounds i8, ptr %1, i64 8
  %45 = load i32, ptr %44, align 8, !tbaa !15
  %46 = add i32 %45, 7
  %47 = and i32 %46, -8
  br label %48

48:                                               ; preds = %38, %43
  %49 = phi i32 [ %47, %43 ], [ 8, %38 ]
  %50 = zext i32 %49 to i64
  %51 = icmp eq i32 %39, 5
  %52 = icmp eq i32 %39, 10
  %53 = or i1 %51, %52
  %54 = zext i1 %53 to i32
  %55 = zext i32 %6 to i64
  %56 = select i1 %53, i64 %55, i64 1
  %57 = mul nuw i64 %56, %50
  %58 = icmp eq ptr %0, null
  %59 = zext i32 %31 to i64
  %60 = shl nuw nsw i64 %59, 2
  %61 = getelementptr inbounds i8, ptr %0, i64 256
  %62 = select i1 %58, ptr null, ptr %61
  %63 = zext i32 %41 to i64
  %64 = mul nuw nsw i64 %63, 20
  %65 = add nuw nsw i64 %60, 319
  %66 = and i64 %65, 34359738304
  %67 = getelementptr inbounds i8, ptr %0, i64 %66
  %68 = select i1 %58, ptr null, ptr %67
  %69 = getelementptr inbounds i8, ptr %1, i64 4
  %70 = load i32, ptr %69, align 4, !tbaa !16
  %71 = add i32 %70, 7
  %72 = and i32 %71, -8
  %73 = zext i32 %72 to i64
  %74 = zext i32 %28 to i64
  %75 = mul nuw i64 %73, %74
  %76 = or i64 %65, 60
  %77 = add nuw nsw i64 %76, %64
  %78 = and i64 %77, 274877906880
  %79 = getelementptr inbounds i8, ptr %0, i64 %78
  %80 = add i64 %75, %78
  br i1 %17, label %81, label %86

81:                                               ; preds = %48
  %82 = mul nuw nsw i64 %55, 28
  %83 = getelementptr inbounds i8, ptr %0, i64 %80
  %84 = select i1 %58, ptr null, ptr %83
  %85 = add i64 %80, %82
  br label %92

86:                                               ; preds = %48
  br i1 %9, label %87, label %92

87:                                               ; preds = %86
  %88 = shl nuw nsw i64 %55, 4
  %89 = getelementptr inbounds i8, ptr %0, i64 %80
  %90 = select i1 %58, ptr null, ptr %89
  %91 = add i64 %80, %88
  br label %92

92:                                               ; preds = %81, %86, %87
  %93 = phi ptr [ null, %86 ], [ null, %87 ], [ %84, %81 ]
  %94 = phi i64 [ %80, %86 ], [ %91, %87 ], [ %85, %81 ]
  %95 = phi ptr [ null, %86 ], [ %90, %87 ], [ null, %81 ]
  %96 = mul i64 %57, %74
  %97 = add i64 %94, 63
  %98 = and i64 %97, -64
  br i1 %58, label %157, label %99

99:                                               ; preds = %92
  %100 = getelementptr inbounds i8, ptr %0, i64 %98
  store i32 1346522448, ptr %0, align 8, !tbaa !17
  %101 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %39, ptr %101, align 4, !tbaa !20
  %102 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %70, ptr %102, align 8, !tbaa !21
  %103 = getelementptr inbounds i8, ptr %1, i64 8
  %104 = load i32, ptr %103, align 8, !tbaa !15
  %105 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %104, ptr %105, align 4, !tbaa !22
  %106 = load i32, ptr %29, align 4, !tbaa !11
  %107 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %106, ptr %107, align 8, !tbaa !23
  %108 = getelementptr inbounds i8, ptr %1, i64 16
  %109 = load i32, ptr %108, align 8, !tbaa !10
  %110 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %109, ptr %110, align 4, !tbaa !24
  %111 = getelementptr inbounds i8, ptr %1, i64 20
  %112 = load i32, ptr %111, align 4, !tbaa !25
  %113 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %112, ptr %113, align 8, !tbaa !26
  %114 = load i32, ptr %4, align 8, !tbaa !3
  %115 = tail call i32 @llvm.umax.i32(i32 %114, i32 1)
  %116 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %115, ptr %116, align 4, !tbaa !27
  %117 = getelementptr inbounds i8, ptr %0, i64 32
  %118 = getelementptr inbounds i8, ptr %1, i64 32
  %119 = load i32, ptr %118, align 8, !tbaa !28
  %120 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %119, ptr %120, align 4, !tbaa !29
  %121 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %121, align 8, !tbaa !30
  %122 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 2, ptr %122, align 4, !tbaa !31
  %123 = getelementptr inbounds i8, ptr %1, i64 40
  %124 = load i64, ptr %123, align 8, !tbaa !32
  %125 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %124, ptr %125, align 8, !tbaa !33
  %126 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 0, ptr %126, align 8, !tbaa !34
  store i32 %49, ptr %117, align 8, !tbaa !35
  %127 = trunc i64 %57 to i32
  %128 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 %127, ptr %128, align 4, !tbaa !39
  %129 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %100, ptr %129, align 8, !tbaa !40
  %130 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %96, ptr %130, align 8, !tbaa !41
  %131 = getelementptr inbounds i8, ptr %0, i64 80
  store i32 %31, ptr %131, align 8, !tbaa !42
  %132 = getelementptr inbounds i8, ptr %1, i64 28
  %133 = load i32, ptr %132, align 4, !tbaa !43
  %134 = getelementptr inbounds i8, ptr %0, i64 84
  store i32 %133, ptr %134, align 4, !tbaa !44
  %135 = getelementptr inbounds i8, ptr %0, i64 88
  store i32 %28, ptr %135, align 8, !tbaa !45
  %136 = getelementptr inbounds i8, ptr %0, i64 92
  store i32 %72, ptr %136, align 4, !tbaa !46
  %137 = getelementptr inbounds i8, ptr %0, i64 96
  store i32 -1, ptr %137, align 8, !tbaa !47
  %138 = getelementptr inbounds i8, ptr %0, i64 100
  store i32 0, ptr %138, align 4, !tbaa !48
  %139 = getelementptr inbounds i8, ptr %0, i64 104
  store i32 %10, ptr %139, align 8, !tbaa !49
  %140 = getelementptr inbounds i8, ptr %0, i64 108
  store i32 %54, ptr %140, align 4, !tbaa !50
  %141 = getelementptr inbounds i8, ptr %1, i64 48
  %142 = load i32, ptr %141, align 8, !tbaa !51
  %143 = getelementptr inbounds i8, ptr %0, i64 112
  store i32 %142, ptr %143, align 8, !tbaa !52
  %144 = getelementptr inbounds i8, ptr %0, i64 120
  store ptr %61, ptr %144, align 8, !tbaa !53
  %145 = getelementptr inbounds i8, ptr %0, i64 128
  store ptr %67, ptr %145, align 8, !tbaa !54
  %146 = getelementptr inbounds i8, ptr %0, i64 136
  store ptr %79, ptr %146, align 8, !tbaa !55
  %147 = icmp eq i32 %31, 0
  br i1 %147, label %148, label %149

148:                                              ; preds = %149, %99
  br i1 %9, label %154, label %156

149:                                              ; preds = %99, %149
  %150 = phi i64 [ %152, %149 ], [ 0, %99 ]
  %151 = getelementptr inbounds i32, ptr %62, i64 %150
  store i32 -1, ptr %151, align 4, !tbaa !56
  %152 = add nuw nsw i64 %150, 1
  %153 = icmp eq i64 %152, %59
  br i1 %153, label %148, label %149, !llvm.loop !57

154:                                              ; preds = %148
  %155 = getelementptr inbounds i8, ptr %0, i64 144
  tail call void @pb_lru_init(ptr noundef nonnull %155, ptr noundef %68, i32 noundef %28, i32 noundef %18, i32 noundef %6, ptr noundef %93, ptr noundef %95, ptr noundef nonnull %0) #11
  br label %156

156:                                              ; preds = %154, %148
  store ptr %0, ptr %2, align 8, !tbaa !58
  br label %157

157:                                              ; preds = %156, %92
  %158 = add i64 %98, %96
  ret i64 %158
}

; Function Attrs: nounwind
define dso_local ptr @pb_htab_init(ptr noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #12
  store ptr null, ptr %3, align 8, !tbaa !58
  %4 = call fastcc i64 @layout(ptr noundef %0, ptr noundef %1, ptr noundef nonnull %3) #10
  %5 = load ptr, ptr %3, align 8, !tbaa !58
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #12
  ret ptr %5
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i32 0, 2) i32 @pb_htab_lru_delete_node(ptr nocapture noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 128
  %4 = load ptr, ptr %3, align 8, !tbaa !54
  %5 = zext i32 %1 to i64
  %6 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %5, i32 1
  %7 = load i32, ptr %6, align 4, !tbaa !59
  %8 = getelementptr inbounds i8, ptr %0, i64 120
  %9 = load ptr, ptr %8, align 8, !tbaa !53
  %10 = getelementptr inbounds i8, ptr %0, i64 80
  %11 = load i32, ptr %10, align 8, !tbaa !42
  %12 = add i32 %11, -1
  %13 = and i32 %12, %7
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %9, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !56
  %17 = icmp eq i32 %16, -1
  br i1 %17, label %40, label %18

18:                                               ; preds = %2
  %19 = getelementptr inbounds i8, ptr %0, i64 88
  %20 = load i32, ptr %19, align 8, !tbaa !45
  br label %21

21:                                               ; preds = %29, %18
  %22 = phi i32 [ %32, %29 ], [ %16, %18 ]
  %23 = phi i32 [ %25, %29 ], [ %20, %18 ]
  %24 = phi ptr [ %31, %29 ], [ %15, %18 ]
  %25 = add i32 %23, -1
  %26 = icmp eq i32 %23, 0
  br i1 %26, label %40, label %27

27:                                               ; preds = %21
  %28 = icmp eq i32 %22, %1
  br i1 %28, label %34, label %29

29:                                               ; preds = %27
  %30 = zext i32 %22 to i64
  %31 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !56
  %33 = icmp eq i32 %32, -1
  br i1 %33, label %40, label %21, !llvm.loop !62

34:                                               ; preds = %27
  %35 = getelementptr inbounds %struct.pb_hnode, ptr %4, i64 %5
  %36 = load i32, ptr %35, align 4, !tbaa !63
  store i32 %36, ptr %24, align 4, !tbaa !56
  store i32 -1, ptr %35, align 4, !tbaa !63
  %37 = getelementptr inbounds i8, ptr %0, i64 72
  %38 = load i32, ptr %37, align 8, !tbaa !64
  %39 = add i32 %38, -1
  store i32 %39, ptr %37, align 8, !tbaa !64
  br label %40

40:                                               ; preds = %29, %21, %2, %34
  %41 = phi i32 [ 1, %34 ], [ 0, %2 ], [ 0, %21 ], [ 0, %29 ]
  ret i32 %41
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local ptr @pb_htab_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #2 {
  %5 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %6 = getelementptr inbounds i8, ptr %0, i64 88
  %7 = load i32, ptr %6, align 8, !tbaa !45
  %8 = getelementptr inbounds i8, ptr %0, i64 120
  %9 = load ptr, ptr %8, align 8, !tbaa !53
  %10 = getelementptr inbounds i8, ptr %0, i64 80
  %11 = load i32, ptr %10, align 8, !tbaa !42
  %12 = add i32 %11, -1
  %13 = and i32 %12, %5
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %9, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !56
  %17 = icmp eq i32 %16, -1
  %18 = icmp eq i32 %7, 0
  %19 = select i1 %17, i1 true, i1 %18
  br i1 %19, label %128, label %20

20:                                               ; preds = %4
  %21 = getelementptr inbounds i8, ptr %0, i64 128
  %22 = load ptr, ptr %21, align 8, !tbaa !54
  %23 = getelementptr inbounds i8, ptr %0, i64 136
  %24 = getelementptr inbounds i8, ptr %0, i64 92
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  br label %26

26:                                               ; preds = %64, %20
  %27 = phi i32 [ %16, %20 ], [ %67, %64 ]
  %28 = phi i32 [ %7, %20 ], [ %66, %64 ]
  %29 = zext i32 %27 to i64
  %30 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !59
  %32 = icmp eq i32 %31, %5
  br i1 %32, label %33, label %64

33:                                               ; preds = %26
  %34 = load ptr, ptr %23, align 8, !tbaa !55
  %35 = load i32, ptr %24, align 4, !tbaa !46
  %36 = zext i32 %35 to i64
  %37 = mul nuw i64 %36, %29
  %38 = getelementptr inbounds i8, ptr %34, i64 %37
  %39 = load i32, ptr %25, align 8, !tbaa !65
  %40 = zext i32 %39 to i64
  %41 = and i64 %40, 4294967288
  br label %42

42:                                               ; preds = %48, %33
  %43 = phi i64 [ 0, %33 ], [ %44, %48 ]
  %44 = add nuw nsw i64 %43, 8
  %45 = icmp ugt i64 %44, %40
  br i1 %45, label %46, label %48

46:                                               ; preds = %42
  %47 = icmp eq i64 %41, %40
  br i1 %47, label %71, label %57

48:                                               ; preds = %42
  %49 = getelementptr inbounds i8, ptr %38, i64 %43
  %50 = load i64, ptr %49, align 1
  %51 = getelementptr inbounds i8, ptr %1, i64 %43
  %52 = load i64, ptr %51, align 1
  %53 = icmp eq i64 %50, %52
  br i1 %53, label %42, label %64, !llvm.loop !66

54:                                               ; preds = %57
  %55 = add nuw nsw i64 %58, 1
  %56 = icmp eq i64 %55, %40
  br i1 %56, label %71, label %57, !llvm.loop !67

57:                                               ; preds = %46, %54
  %58 = phi i64 [ %55, %54 ], [ %41, %46 ]
  %59 = getelementptr inbounds i8, ptr %38, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !68
  %61 = getelementptr inbounds i8, ptr %1, i64 %58
  %62 = load i8, ptr %61, align 1, !tbaa !68
  %63 = icmp eq i8 %60, %62
  br i1 %63, label %54, label %64

64:                                               ; preds = %48, %57, %26
  %65 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29
  %66 = add i32 %28, -1
  %67 = load i32, ptr %65, align 4, !tbaa !56
  %68 = icmp eq i32 %67, -1
  %69 = icmp eq i32 %66, 0
  %70 = select i1 %68, i1 true, i1 %69
  br i1 %70, label %128, label %26, !llvm.loop !69

71:                                               ; preds = %46, %54
  %72 = icmp eq i32 %27, -1
  br i1 %72, label %128, label %73

73:                                               ; preds = %71
  %74 = getelementptr inbounds i8, ptr %0, i64 104
  %75 = load i32, ptr %74, align 8, !tbaa !49
  %76 = icmp ne i32 %75, 0
  %77 = icmp ne i32 %3, 0
  %78 = and i1 %77, %76
  br i1 %78, label %79, label %84

79:                                               ; preds = %73
  %80 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29, i32 5
  %81 = load i8, ptr %80, align 1, !tbaa !70
  %82 = icmp eq i8 %81, 0
  br i1 %82, label %83, label %84

83:                                               ; preds = %79
  store i8 1, ptr %80, align 1, !tbaa !70
  br label %84

84:                                               ; preds = %83, %79, %73
  %85 = getelementptr inbounds i8, ptr %0, i64 4
  %86 = load i32, ptr %85, align 4, !tbaa !20
  %87 = icmp eq i32 %86, 13
  br i1 %87, label %88, label %98

88:                                               ; preds = %84
  %89 = getelementptr inbounds i8, ptr %0, i64 56
  %90 = load ptr, ptr %89, align 8, !tbaa !40
  %91 = getelementptr inbounds i8, ptr %0, i64 76
  %92 = load i32, ptr %91, align 4, !tbaa !39
  %93 = zext i32 %92 to i64
  %94 = mul nuw i64 %93, %29
  %95 = getelementptr inbounds i8, ptr %90, i64 %94
  %96 = load i64, ptr %95, align 1
  %97 = inttoptr i64 %96 to ptr
  br label %128

98:                                               ; preds = %84
  %99 = getelementptr inbounds i8, ptr %0, i64 108
  %100 = load i32, ptr %99, align 4, !tbaa !50
  %101 = icmp eq i32 %100, 0
  br i1 %101, label %120, label %102

102:                                              ; preds = %98
  %103 = getelementptr inbounds i8, ptr %0, i64 28
  %104 = load i32, ptr %103, align 4, !tbaa !27
  %105 = icmp ugt i32 %104, %2
  br i1 %105, label %106, label %128

106:                                              ; preds = %102
  %107 = getelementptr inbounds i8, ptr %0, i64 56
  %108 = load ptr, ptr %107, align 8, !tbaa !40
  %109 = getelementptr inbounds i8, ptr %0, i64 76
  %110 = load i32, ptr %109, align 4, !tbaa !39
  %111 = zext i32 %110 to i64
  %112 = mul nuw i64 %111, %29
  %113 = getelementptr inbounds i8, ptr %108, i64 %112
  %114 = getelementptr inbounds i8, ptr %0, i64 32
  %115 = load i32, ptr %114, align 8, !tbaa !35
  %116 = zext i32 %115 to i64
  %117 = zext i32 %2 to i64
  %118 = mul nuw i64 %116, %117
  %119 = getelementptr inbounds i8, ptr %113, i64 %118
  br label %128

120:                                              ; preds = %98
  %121 = getelementptr inbounds i8, ptr %0, i64 56
  %122 = load ptr, ptr %121, align 8, !tbaa !40
  %123 = getelementptr inbounds i8, ptr %0, i64 76
  %124 = load i32, ptr %123, align 4, !tbaa !39
  %125 = zext i32 %124 to i64
  %126 = mul nuw i64 %125, %29
  %127 = getelementptr inbounds i8, ptr %122, i64 %126
  br label %128

128:                                              ; preds = %64, %4, %106, %102, %71, %120, %88
  %129 = phi ptr [ %97, %88 ], [ %127, %120 ], [ null, %71 ], [ %119, %106 ], [ null, %102 ], [ null, %4 ], [ null, %64 ]
  ret ptr %129
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define internal fastcc i32 @hash_key(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) unnamed_addr #3 {
  %3 = getelementptr inbounds i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !71
  %5 = icmp eq i32 %4, 25
  br i1 %5, label %6, label %8

6:                                                ; preds = %2
  %7 = load i32, ptr %1, align 1
  br label %265

8:                                                ; preds = %2
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !tbaa !65
  %11 = getelementptr inbounds i8, ptr %0, i64 84
  %12 = load i32, ptr %11, align 4, !tbaa !44
  %13 = and i32 %10, 3
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %103

15:                                               ; preds = %8
  %16 = lshr exact i32 %10, 2
  %17 = add i32 %10, -559038737
  %18 = add i32 %17, %12
  %19 = icmp ugt i32 %10, 12
  br i1 %19, label %20, label %61

20:                                               ; preds = %15, %20
  %21 = phi i32 [ %56, %20 ], [ %18, %15 ]
  %22 = phi i32 [ %57, %20 ], [ %18, %15 ]
  %23 = phi i32 [ %53, %20 ], [ %18, %15 ]
  %24 = phi ptr [ %59, %20 ], [ %1, %15 ]
  %25 = phi i32 [ %58, %20 ], [ %16, %15 ]
  %26 = load i32, ptr %24, align 1
  %27 = add i32 %26, %23
  %28 = getelementptr inbounds i8, ptr %24, i64 4
  %29 = load i32, ptr %28, align 1
  %30 = add i32 %29, %22
  %31 = getelementptr inbounds i8, ptr %24, i64 8
  %32 = load i32, ptr %31, align 1
  %33 = add i32 %32, %21
  %34 = sub i32 %27, %33
  %35 = tail call noundef i32 @llvm.fshl.i32(i32 %33, i32 %33, i32 4)
  %36 = xor i32 %34, %35
  %37 = add i32 %33, %30
  %38 = sub i32 %30, %36
  %39 = tail call noundef i32 @llvm.fshl.i32(i32 %36, i32 %36, i32 6)
  %40 = xor i32 %38, %39
  %41 = add i32 %36, %37
  %42 = sub i32 %37, %40
  %43 = tail call noundef i32 @llvm.fshl.i32(i32 %40, i32 %40, i32 8)
  %44 = xor i32 %42, %43
  %45 = add i32 %40, %41
  %46 = sub i32 %41, %44
  %47 = tail call noundef i32 @llvm.fshl.i32(i32 %44, i32 %44, i32 16)
  %48 = xor i32 %46, %47
  %49 = add i32 %44, %45
  %50 = sub i32 %45, %48
  %51 = tail call noundef i32 @llvm.fshl.i32(i32 %48, i32 %48, i32 19)
  %52 = xor i32 %50, %51
  %53 = add i32 %48, %49
  %54 = sub i32 %49, %52
  %55 = tail call noundef i32 @llvm.fshl.i32(i32 %52, i32 %52, i32 4)
  %56 = xor i32 %54, %55
  %57 = add i32 %52, %53
  %58 = add nsw i32 %25, -3
  %59 = getelementptr inbounds i8, ptr %24, i64 12
  %60 = icmp ugt i32 %58, 3
  br i1 %60, label %20, label %61, !llvm.loop !72

61:                                               ; preds = %20, %15
  %62 = phi i32 [ %16, %15 ], [ %58, %20 ]
  %63 = phi ptr [ %1, %15 ], [ %59, %20 ]
  %64 = phi i32 [ %18, %15 ], [ %53, %20 ]
  %65 = phi i32 [ %18, %15 ], [ %57, %20 ]
  %66 = phi i32 [ %18, %15 ], [ %56, %20 ]
  switch i32 %62, label %102 [
    i32 3, label %67
    i32 2, label %71
    i32 1, label %76
    i32 0, label %265
  ]

67:                                               ; preds = %61
  %68 = getelementptr inbounds i8, ptr %63, i64 8
  %69 = load i32, ptr %68, align 1
  %70 = add i32 %69, %66
  br label %71

71:                                               ; preds = %67, %61
  %72 = phi i32 [ %66, %61 ], [ %70, %67 ]
  %73 = getelementptr inbounds i8, ptr %63, i64 4
  %74 = load i32, ptr %73, align 1
  %75 = add i32 %74, %65
  br label %76

76:                                               ; preds = %71, %61
  %77 = phi i32 [ %65, %61 ], [ %75, %71 ]
  %78 = phi i32 [ %66, %61 ], [ %72, %71 ]
  %79 = load i32, ptr %63, align 1
  %80 = add i32 %79, %64
  %81 = xor i32 %78, %77
  %82 = tail call noundef i32 @llvm.fshl.i32(i32 %77, i32 %77, i32 14)
  %83 = sub i32 %81, %82
  %84 = xor i32 %80, %83
  %85 = tail call noundef i32 @llvm.fshl.i32(i32 %83, i32 %83, i32 11)
  %86 = sub i32 %84, %85
  %87 = xor i32 %86, %77
  %88 = tail call noundef i32 @llvm.fshl.i32(i32 %86, i32 %86, i32 25)
  %89 = sub i32 %87, %88
  %90 = xor i32 %89, %83
  %91 = tail call noundef i32 @llvm.fshl.i32(i32 %89, i32 %89, i32 16)
  %92 = sub i32 %90, %91
  %93 = xor i32 %92, %86
  %94 = tail call noundef i32 @llvm.fshl.i32(i32 %92, i32 %92, i32 4)
  %95 = sub i32 %93, %94
  %96 = xor i32 %95, %89
  %97 = tail call noundef i32 @llvm.fshl.i32(i32 %95, i32 %95, i32 14)
  %98 = sub i32 %96, %97
  %99 = xor i32 %98, %92
  %100 = tail call noundef i32 @llvm.fshl.i32(i32 %98, i32 %98, i32 24)
  %101 = sub i32 %99, %100
  br label %265

102:                                              ; preds = %61
  unreachable

103:                                              ; preds = %8
  %104 = add i32 %10, -559038737
  %105 = add i32 %104, %12
  %106 = icmp ugt i32 %10, 12
  br i1 %106, label %107, label %148

107:                                              ; preds = %103, %107
  %108 = phi i32 [ %143, %107 ], [ %105, %103 ]
  %109 = phi i32 [ %144, %107 ], [ %105, %103 ]
  %110 = phi i32 [ %140, %107 ], [ %105, %103 ]
  %111 = phi ptr [ %146, %107 ], [ %1, %103 ]
  %112 = phi i32 [ %145, %107 ], [ %10, %103 ]
  %113 = load i32, ptr %111, align 1
  %114 = add i32 %113, %110
  %115 = getelementptr inbounds i8, ptr %111, i64 4
  %116 = load i32, ptr %115, align 1
  %117 = add i32 %116, %109
  %118 = getelementptr inbounds i8, ptr %111, i64 8
  %119 = load i32, ptr %118, align 1
  %120 = add i32 %119, %108
  %121 = sub i32 %114, %120
  %122 = tail call noundef i32 @llvm.fshl.i32(i32 %120, i32 %120, i32 4)
  %123 = xor i32 %121, %122
  %124 = add i32 %120, %117
  %125 = sub i32 %117, %123
  %126 = tail call noundef i32 @llvm.fshl.i32(i32 %123, i32 %123, i32 6)
  %127 = xor i32 %125, %126
  %128 = add i32 %123, %124
  %129 = sub i32 %124, %127
  %130 = tail call noundef i32 @llvm.fshl.i32(i32 %127, i32 %127, i32 8)
  %131 = xor i32 %129, %130
  %132 = add i32 %127, %128
  %133 = sub i32 %128, %131
  %134 = tail call noundef i32 @llvm.fshl.i32(i32 %131, i32 %131, i32 16)
  %135 = xor i32 %133, %134
  %136 = add i32 %131, %132
  %137 = sub i32 %132, %135
  %138 = tail call noundef i32 @llvm.fshl.i32(i32 %135, i32 %135, i32 19)
  %139 = xor i32 %137, %138
  %140 = add i32 %135, %136
  %141 = sub i32 %136, %139
  %142 = tail call noundef i32 @llvm.fshl.i32(i32 %139, i32 %139, i32 4)
  %143 = xor i32 %141, %142
  %144 = add i32 %139, %140
  %145 = add i32 %112, -12
  %146 = getelementptr inbounds i8, ptr %111, i64 12
  %147 = icmp ugt i32 %145, 12
  br i1 %147, label %107, label %148, !llvm.loop !73

148:                                              ; preds = %107, %103
  %149 = phi i32 [ %10, %103 ], [ %145, %107 ]
  %150 = phi ptr [ %1, %103 ], [ %146, %107 ]
  %151 = phi i32 [ %105, %103 ], [ %140, %107 ]
  %152 = phi i32 [ %105, %103 ], [ %144, %107 ]
  %153 = phi i32 [ %105, %103 ], [ %143, %107 ]
  switch i32 %149, label %264 [
    i32 12, label %154
    i32 11, label %160
    i32 10, label %167
    i32 9, label %174
    i32 8, label %180
    i32 7, label %187
    i32 6, label %195
    i32 5, label %203
    i32 4, label %210
    i32 3, label %218
    i32 2, label %227
    i32 1, label %236
  ]

154:                                              ; preds = %148
  %155 = getelementptr inbounds i8, ptr %150, i64 11
  %156 = load i8, ptr %155, align 1, !tbaa !68
  %157 = zext i8 %156 to i32
  %158 = shl nuw i32 %157, 24
  %159 = add i32 %158, %153
  br label %160

160:                                              ; preds = %154, %148
  %161 = phi i32 [ %153, %148 ], [ %159, %154 ]
  %162 = getelementptr inbounds i8, ptr %150, i64 10
  %163 = load i8, ptr %162, align 1, !tbaa !68
  %164 = zext i8 %163 to i32
  %165 = shl nuw nsw i32 %164, 16
  %166 = add i32 %165, %161
  br label %167

167:                                              ; preds = %160, %148
  %168 = phi i32 [ %153, %148 ], [ %166, %160 ]
  %169 = getelementptr inbounds i8, ptr %150, i64 9
  %170 = load i8, ptr %169, align 1, !tbaa !68
  %171 = zext i8 %170 to i32
  %172 = shl nuw nsw i32 %171, 8
  %173 = add i32 %172, %168
  br label %174

174:                                              ; preds = %167, %148
  %175 = phi i32 [ %153, %148 ], [ %173, %167 ]
  %176 = getelementptr inbounds i8, ptr %150, i64 8
  %177 = load i8, ptr %176, align 1, !tbaa !68
  %178 = zext i8 %177 to i32
  %179 = add i32 %175, %178
  br label %180

180:                                              ; preds = %174, %148
  %181 = phi i32 [ %153, %148 ], [ %179, %174 ]
  %182 = getelementptr inbounds i8, ptr %150, i64 7
  %183 = load i8, ptr %182, align 1, !tbaa !68
  %184 = zext i8 %183 to i32
  %185 = shl nuw i32 %184, 24
  %186 = add i32 %185, %152
  br label %187

187:                                              ; preds = %180, %148
  %188 = phi i32 [ %152, %148 ], [ %186, %180 ]
  %189 = phi i32 [ %153, %148 ], [ %181, %180 ]
  %190 = getelementptr inbounds i8, ptr %150, i64 6
  %191 = load i8, ptr %190, align 1, !tbaa !68
  %192 = zext i8 %191 to i32
  %193 = shl nuw nsw i32 %192, 16
  %194 = add i32 %193, %188
  br label %195

195:                                              ; preds = %187, %148
  %196 = phi i32 [ %152, %148 ], [ %194, %187 ]
  %197 = phi i32 [ %153, %148 ], [ %189, %187 ]
  %198 = getelementptr inbounds i8, ptr %150, i64 5
  %199 = load i8, ptr %198, align 1, !tbaa !68
  %200 = zext i8 %199 to i32
  %201 = shl nuw nsw i32 %200, 8
  %202 = add i32 %201, %196
  br label %203

203:                                              ; preds = %195, %148
  %204 = phi i32 [ %152, %148 ], [ %202, %195 ]
  %205 = phi i32 [ %153, %148 ], [ %197, %195 ]
  %206 = getelementptr inbounds i8, ptr %150, i64 4
  %207 = load i8, ptr %206, align 1, !tbaa !68
  %208 = zext i8 %207 to i32
  %209 = add i32 %204, %208
  br label %210

210:                                              ; preds = %203, %148
  %211 = phi i32 [ %152, %148 ], [ %209, %203 ]
  %212 = phi i32 [ %153, %148 ], [ %205, %203 ]
  %213 = getelementptr inbounds i8, ptr %150, i64 3
  %214 = load i8, ptr %213, align 1, !tbaa !68
  %215 = zext i8 %214 to i32
  %216 = shl nuw i32 %215, 24
  %217 = add i32 %216, %151
  br label %218

218:                                              ; preds = %210, %148
  %219 = phi i32 [ %151, %148 ], [ %217, %210 ]
  %220 = phi i32 [ %152, %148 ], [ %211, %210 ]
  %221 = phi i32 [ %153, %148 ], [ %212, %210 ]
  %222 = getelementptr inbounds i8, ptr %150, i64 2
  %223 = load i8, ptr %222, align 1, !tbaa !68
  %224 = zext i8 %223 to i32
  %225 = shl nuw nsw i32 %224, 16
  %226 = add i32 %225, %219
  br label %227

227:                                              ; preds = %218, %148
  %228 = phi i32 [ %151, %148 ], [ %226, %218 ]
  %229 = phi i32 [ %152, %148 ], [ %220, %218 ]
  %230 = phi i32 [ %153, %148 ], [ %221, %218 ]
  %231 = getelementptr inbounds i8, ptr %150, i64 1
  %232 = load i8, ptr %231, align 1, !tbaa !68
  %233 = zext i8 %232 to i32
  %234 = shl nuw nsw i32 %233, 8
  %235 = add i32 %234, %228
  br label %236

236:                                              ; preds = %227, %148
  %237 = phi i32 [ %151, %148 ], [ %235, %227 ]
  %238 = phi i32 [ %152, %148 ], [ %229, %227 ]
  %239 = phi i32 [ %153, %148 ], [ %230, %227 ]
  %240 = load i8, ptr %150, align 1, !tbaa !68
  %241 = zext i8 %240 to i32
  %242 = add i32 %237, %241
  %243 = xor i32 %239, %238
  %244 = tail call noundef i32 @llvm.fshl.i32(i32 %238, i32 %238, i32 14)
  %245 = sub i32 %243, %244
  %246 = xor i32 %242, %245
  %247 = tail call noundef i32 @llvm.fshl.i32(i32 %245, i32 %245, i32 11)
  %248 = sub i32 %246, %247
  %249 = xor i32 %248, %238
  %250 = tail call noundef i32 @llvm.fshl.i32(i32 %248, i32 %248, i32 25)
  %251 = sub i32 %249, %250
  %252 = xor i32 %251, %245
  %253 = tail call noundef i32 @llvm.fshl.i32(i32 %251, i32 %251, i32 16)
  %254 = sub i32 %252, %253
  %255 = xor i32 %254, %248
  %256 = tail call noundef i32 @llvm.fshl.i32(i32 %254, i32 %254, i32 4)
  %257 = sub i32 %255, %256
  %258 = xor i32 %257, %251
  %259 = tail call noundef i32 @llvm.fshl.i32(i32 %257, i32 %257, i32 14)
  %260 = sub i32 %258, %259
  %261 = xor i32 %260, %254
  %262 = tail call noundef i32 @llvm.fshl.i32(i32 %260, i32 %260, i32 24)
  %263 = sub i32 %261, %262
  br label %265

264:                                              ; preds = %148
  unreachable

265:                                              ; preds = %236, %76, %61, %6
  %266 = phi i32 [ %7, %6 ], [ %66, %61 ], [ %101, %76 ], [ %263, %236 ]
  ret i32 %266
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none)
define dso_local noundef i64 @pb_htab_sys_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2, i64 noundef %3) local_unnamed_addr #4 {
  %5 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %6 = getelementptr inbounds i8, ptr %0, i64 88
  %7 = load i32, ptr %6, align 8, !tbaa !45
  %8 = getelementptr inbounds i8, ptr %0, i64 120
  %9 = load ptr, ptr %8, align 8, !tbaa !53
  %10 = getelementptr inbounds i8, ptr %0, i64 80
  %11 = load i32, ptr %10, align 8, !tbaa !42
  %12 = add i32 %11, -1
  %13 = and i32 %12, %5
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %9, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !56
  %17 = icmp eq i32 %16, -1
  %18 = icmp eq i32 %7, 0
  %19 = select i1 %17, i1 true, i1 %18
  br i1 %19, label %75, label %20

20:                                               ; preds = %4
  %21 = getelementptr inbounds i8, ptr %0, i64 128
  %22 = load ptr, ptr %21, align 8, !tbaa !54
  %23 = getelementptr inbounds i8, ptr %0, i64 136
  %24 = getelementptr inbounds i8, ptr %0, i64 92
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  br label %26

26:                                               ; preds = %64, %20
  %27 = phi i32 [ %16, %20 ], [ %67, %64 ]
  %28 = phi i32 [ %7, %20 ], [ %66, %64 ]
  %29 = zext i32 %27 to i64
  %30 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !59
  %32 = icmp eq i32 %31, %5
  br i1 %32, label %33, label %64

33:                                               ; preds = %26
  %34 = load ptr, ptr %23, align 8, !tbaa !55
  %35 = load i32, ptr %24, align 4, !tbaa !46
  %36 = zext i32 %35 to i64
  %37 = mul nuw i64 %36, %29
  %38 = getelementptr inbounds i8, ptr %34, i64 %37
  %39 = load i32, ptr %25, align 8, !tbaa !65
  %40 = zext i32 %39 to i64
  %41 = and i64 %40, 4294967288
  br label %42

42:                                               ; preds = %48, %33
  %43 = phi i64 [ 0, %33 ], [ %44, %48 ]
  %44 = add nuw nsw i64 %43, 8
  %45 = icmp ugt i64 %44, %40
  br i1 %45, label %46, label %48

46:                                               ; preds = %42
  %47 = icmp eq i64 %41, %40
  br i1 %47, label %71, label %57

48:                                               ; preds = %42
  %49 = getelementptr inbounds i8, ptr %38, i64 %43
  %50 = load i64, ptr %49, align 1
  %51 = getelementptr inbounds i8, ptr %1, i64 %43
  %52 = load i64, ptr %51, align 1
  %53 = icmp eq i64 %50, %52
  br i1 %53, label %42, label %64, !llvm.loop !66

54:                                               ; preds = %57
  %55 = add nuw nsw i64 %58, 1
  %56 = icmp eq i64 %55, %40
  br i1 %56, label %71, label %57, !llvm.loop !67

57:                                               ; preds = %46, %54
  %58 = phi i64 [ %55, %54 ], [ %41, %46 ]
  %59 = getelementptr inbounds i8, ptr %38, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !68
  %61 = getelementptr inbounds i8, ptr %1, i64 %58
  %62 = load i8, ptr %61, align 1, !tbaa !68
  %63 = icmp eq i8 %60, %62
  br i1 %63, label %54, label %64

64:                                               ; preds = %48, %57, %26
  %65 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29
  %66 = add i32 %28, -1
  %67 = load i32, ptr %65, align 4, !tbaa !56
  %68 = icmp eq i32 %67, -1
  %69 = icmp eq i32 %66, 0
  %70 = select i1 %68, i1 true, i1 %69
  br i1 %70, label %75, label %26, !llvm.loop !69

71:                                               ; preds = %46, %54
  %72 = icmp eq i32 %27, -1
  br i1 %72, label %75, label %73

73:                                               ; preds = %71
  %74 = tail call fastcc i64 @copy_out(ptr noundef %0, i32 noundef %27, ptr noundef %2, i64 noundef %3) #10
  br label %75

75:                                               ; preds = %64, %4, %71, %73
  %76 = phi i64 [ %74, %73 ], [ -2, %71 ], [ -2, %4 ], [ -2, %64 ]
  ret i64 %76
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc noundef i64 @copy_out(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2, i64 noundef %3) unnamed_addr #4 {
  %5 = getelementptr inbounds i8, ptr %0, i64 108
  %6 = load i32, ptr %5, align 4, !tbaa !50
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %117, label %8

8:                                                ; preds = %4
  %9 = getelementptr inbounds i8, ptr %0, i64 28
  %10 = load i32, ptr %9, align 4, !tbaa !27
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %324, label %12

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %0, i64 32
  %14 = getelementptr inbounds i8, ptr %0, i64 56
  %15 = getelementptr inbounds i8, ptr %0, i64 76
  %16 = zext i32 %1 to i64
  %17 = getelementptr inbounds i8, ptr %0, i64 36
  br label %18

18:                                               ; preds = %12, %112
  %19 = phi i64 [ 0, %12 ], [ %113, %112 ]
  %20 = load i32, ptr %13, align 8, !tbaa !74
  %21 = zext i32 %20 to i64
  %22 = mul nuw i64 %19, %21
  %23 = getelementptr inbounds i8, ptr %2, i64 %22
  %24 = load ptr, ptr %14, align 8, !tbaa !40
  %25 = load i32, ptr %15, align 4, !tbaa !39
  %26 = zext i32 %25 to i64
  %27 = mul nuw i64 %26, %16
  %28 = getelementptr inbounds i8, ptr %24, i64 %27
  %29 = getelementptr inbounds i8, ptr %28, i64 %22
  %30 = load i32, ptr %17, align 4, !tbaa !29
  %31 = icmp eq i32 %30, -1
  %32 = add i32 %30, 4
  %33 = icmp ugt i32 %32, %20
  %34 = or i1 %31, %33
  br i1 %34, label %35, label %55

35:                                               ; preds = %18
  %36 = icmp ult i32 %20, 8
  br i1 %36, label %37, label %40

37:                                               ; preds = %40, %35
  %38 = phi i64 [ 0, %35 ], [ %41, %40 ]
  %39 = icmp ult i64 %38, %21
  br i1 %39, label %48, label %103

40:                                               ; preds = %35, %40
  %41 = phi i64 [ %46, %40 ], [ 8, %35 ]
  %42 = phi i64 [ %41, %40 ], [ 0, %35 ]
  %43 = getelementptr inbounds i8, ptr %23, i64 %42
  %44 = getelementptr inbounds i8, ptr %29, i64 %42
  %45 = load i64, ptr %44, align 1
  store i64 %45, ptr %43, align 1
  %46 = add nuw nsw i64 %41, 8
  %47 = icmp ugt i64 %46, %21
  br i1 %47, label %37, label %40, !llvm.loop !75

48:                                               ; preds = %37, %48
  %49 = phi i64 [ %53, %48 ], [ %38, %37 ]
  %50 = getelementptr inbounds i8, ptr %29, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !68
  %52 = getelementptr inbounds i8, ptr %23, i64 %49
  store i8 %51, ptr %52, align 1, !tbaa !68
  %53 = add nuw nsw i64 %49, 1
  %54 = icmp eq i64 %53, %21
  br i1 %54, label %103, label %48, !llvm.loop !76

55:                                               ; preds = %18
  %56 = zext i32 %30 to i64
  %57 = icmp ult i32 %30, 8
  br i1 %57, label %58, label %61

58:                                               ; preds = %61, %55
  %59 = phi i64 [ 0, %55 ], [ %62, %61 ]
  %60 = icmp ult i64 %59, %56
  br i1 %60, label %69, label %76

61:                                               ; preds = %55, %61
  %62 = phi i64 [ %67, %61 ], [ 8, %55 ]
  %63 = phi i64 [ %62, %61 ], [ 0, %55 ]
  %64 = getelementptr inbounds i8, ptr %23, i64 %63
  %65 = getelementptr inbounds i8, ptr %29, i64 %63
  %66 = load i64, ptr %65, align 1
  store i64 %66, ptr %64, align 1
  %67 = add nuw nsw i64 %62, 8
  %68 = icmp ugt i64 %67, %56
  br i1 %68, label %58, label %61, !llvm.loop !75

69:                                               ; preds = %58, %69
  %70 = phi i64 [ %74, %69 ], [ %59, %58 ]
  %71 = getelementptr inbounds i8, ptr %29, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !68
  %73 = getelementptr inbounds i8, ptr %23, i64 %70
  store i8 %72, ptr %73, align 1, !tbaa !68
  %74 = add nuw nsw i64 %70, 1
  %75 = icmp eq i64 %74, %56
  br i1 %75, label %76, label %69, !llvm.loop !76

76:                                               ; preds = %69, %58
  %77 = getelementptr inbounds i8, ptr %23, i64 %56
  %78 = getelementptr inbounds i8, ptr %77, i64 4
  %79 = getelementptr inbounds i8, ptr %29, i64 %56
  %80 = getelementptr inbounds i8, ptr %79, i64 4
  %81 = sub i32 %20, %30
  %82 = add i32 %81, -4
  %83 = zext i32 %82 to i64
  %84 = icmp ult i32 %82, 8
  br i1 %84, label %85, label %88

85:                                               ; preds = %88, %76
  %86 = phi i64 [ 0, %76 ], [ %89, %88 ]
  %87 = icmp ult i64 %86, %83
  br i1 %87, label %96, label %103

88:                                               ; preds = %76, %88
  %89 = phi i64 [ %94, %88 ], [ 8, %76 ]
  %90 = phi i64 [ %89, %88 ], [ 0, %76 ]
  %91 = getelementptr inbounds i8, ptr %78, i64 %90
  %92 = getelementptr inbounds i8, ptr %80, i64 %90
  %93 = load i64, ptr %92, align 1
  store i64 %93, ptr %91, align 1
  %94 = add nuw nsw i64 %89, 8
  %95 = icmp ugt i64 %94, %83
  br i1 %95, label %85, label %88, !llvm.loop !75

96:                                               ; preds = %85, %96
  %97 = phi i64 [ %101, %96 ], [ %86, %85 ]
  %98 = getelementptr inbounds i8, ptr %80, i64 %97
  %99 = load i8, ptr %98, align 1, !tbaa !68
  %100 = getelementptr inbounds i8, ptr %78, i64 %97
  store i8 %99, ptr %100, align 1, !tbaa !68
  %101 = add nuw nsw i64 %97, 1
  %102 = icmp eq i64 %101, %83
  br i1 %102, label %103, label %96, !llvm.loop !76

103:                                              ; preds = %96, %48, %85, %37
  %104 = load i32, ptr %17, align 4, !tbaa !29
  %105 = icmp eq i32 %104, -1
  %106 = add i32 %104, 4
  %107 = icmp ugt i32 %106, %20
  %108 = or i1 %105, %107
  br i1 %108, label %112, label %109

109:                                              ; preds = %103
  %110 = zext i32 %104 to i64
  %111 = getelementptr inbounds i8, ptr %23, i64 %110
  store i32 0, ptr %111, align 1
  br label %112

112:                                              ; preds = %103, %109
  %113 = add nuw nsw i64 %19, 1
  %114 = load i32, ptr %9, align 4, !tbaa !27
  %115 = zext i32 %114 to i64
  %116 = icmp ult i64 %113, %115
  br i1 %116, label %18, label %324, !llvm.loop !77

117:                                              ; preds = %4
  %118 = getelementptr inbounds i8, ptr %0, i64 4
  %119 = load i32, ptr %118, align 4, !tbaa !20
  %120 = icmp eq i32 %119, 13
  br i1 %120, label %121, label %134

121:                                              ; preds = %117
  %122 = getelementptr inbounds i8, ptr %0, i64 56
  %123 = load ptr, ptr %122, align 8, !tbaa !40
  %124 = getelementptr inbounds i8, ptr %0, i64 76
  %125 = load i32, ptr %124, align 4, !tbaa !39
  %126 = zext i32 %125 to i64
  %127 = zext i32 %1 to i64
  %128 = mul nuw i64 %126, %127
  %129 = getelementptr inbounds i8, ptr %123, i64 %128
  %130 = load i64, ptr %129, align 1
  %131 = inttoptr i64 %130 to ptr
  %132 = getelementptr inbounds i8, ptr %131, i64 24
  %133 = load i32, ptr %132, align 8, !tbaa !26
  store i32 %133, ptr %2, align 1
  br label %324

134:                                              ; preds = %117
  %135 = and i64 %3, 4
  %136 = icmp eq i64 %135, 0
  %137 = getelementptr inbounds i8, ptr %0, i64 56
  %138 = load ptr, ptr %137, align 8, !tbaa !40
  %139 = getelementptr inbounds i8, ptr %0, i64 76
  %140 = load i32, ptr %139, align 4, !tbaa !39
  %141 = zext i32 %140 to i64
  %142 = zext i32 %1 to i64
  %143 = mul nuw i64 %141, %142
  %144 = getelementptr inbounds i8, ptr %138, i64 %143
  %145 = getelementptr inbounds i8, ptr %0, i64 12
  %146 = load i32, ptr %145, align 4, !tbaa !22
  %147 = getelementptr inbounds i8, ptr %0, i64 36
  %148 = load i32, ptr %147, align 4, !tbaa !29
  br i1 %136, label %241, label %149

149:                                              ; preds = %134
  %150 = zext i32 %148 to i64
  %151 = getelementptr inbounds i8, ptr %144, i64 %150
  br label %152

152:                                              ; preds = %159, %149
  %153 = phi i32 [ 0, %149 ], [ %160, %159 ]
  %154 = load atomic i32, ptr %151 monotonic, align 4
  %155 = icmp eq i32 %154, 0
  br i1 %155, label %156, label %159

156:                                              ; preds = %152
  %157 = atomicrmw xchg ptr %151, i32 1 acquire, align 4
  %158 = icmp eq i32 %157, 0
  br i1 %158, label %162, label %159

159:                                              ; preds = %156, %152
  %160 = add nuw nsw i32 %153, 1
  %161 = icmp eq i32 %160, 67108864
  br i1 %161, label %324, label %152, !llvm.loop !78

162:                                              ; preds = %156
  %163 = load i32, ptr %147, align 4, !tbaa !29
  %164 = icmp eq i32 %163, -1
  %165 = add i32 %163, 4
  %166 = icmp ugt i32 %165, %146
  %167 = or i1 %164, %166
  br i1 %167, label %168, label %189

168:                                              ; preds = %162
  %169 = zext i32 %146 to i64
  %170 = icmp ult i32 %146, 8
  br i1 %170, label %171, label %174

171:                                              ; preds = %174, %168
  %172 = phi i64 [ 0, %168 ], [ %175, %174 ]
  %173 = icmp ult i64 %172, %169
  br i1 %173, label %182, label %237

174:                                              ; preds = %168, %174
  %175 = phi i64 [ %180, %174 ], [ 8, %168 ]
  %176 = phi i64 [ %175, %174 ], [ 0, %168 ]
  %177 = getelementptr inbounds i8, ptr %2, i64 %176
  %178 = getelementptr inbounds i8, ptr %144, i64 %176
  %179 = load i64, ptr %178, align 1
  store i64 %179, ptr %177, align 1
  %180 = add nuw nsw i64 %175, 8
  %181 = icmp ugt i64 %180, %169
  br i1 %181, label %171, label %174, !llvm.loop !75

182:                                              ; preds = %171, %182
  %183 = phi i64 [ %187, %182 ], [ %172, %171 ]
  %184 = getelementptr inbounds i8, ptr %144, i64 %183
  %185 = load i8, ptr %184, align 1, !tbaa !68
  %186 = getelementptr inbounds i8, ptr %2, i64 %183
  store i8 %185, ptr %186, align 1, !tbaa !68
  %187 = add nuw nsw i64 %183, 1
  %188 = icmp eq i64 %187, %169
  br i1 %188, label %237, label %182, !llvm.loop !76

189:                                              ; preds = %162
  %190 = zext i32 %163 to i64
  %191 = icmp ult i32 %163, 8
  br i1 %191, label %192, label %195

192:                                              ; preds = %195, %189
  %193 = phi i64 [ 0, %189 ], [ %196, %195 ]
  %194 = icmp ult i64 %193, %190
  br i1 %194, label %203, label %210

195:                                              ; preds = %189, %195
  %196 = phi i64 [ %201, %195 ], [ 8, %189 ]
  %197 = phi i64 [ %196, %195 ], [ 0, %189 ]
  %198 = getelementptr inbounds i8, ptr %2, i64 %197
  %199 = getelementptr inbounds i8, ptr %144, i64 %197
  %200 = load i64, ptr %199, align 1
  store i64 %200, ptr %198, align 1
  %201 = add nuw nsw i64 %196, 8
  %202 = icmp ugt i64 %201, %190
  br i1 %202, label %192, label %195, !llvm.loop !75

203:                                              ; preds = %192, %203
  %204 = phi i64 [ %208, %203 ], [ %193, %192 ]
  %205 = getelementptr inbounds i8, ptr %144, i64 %204
  %206 = load i8, ptr %205, align 1, !tbaa !68
  %207 = getelementptr inbounds i8, ptr %2, i64 %204
  store i8 %206, ptr %207, align 1, !tbaa !68
  %208 = add nuw nsw i64 %204, 1
  %209 = icmp eq i64 %208, %190
  br i1 %209, label %210, label %203, !llvm.loop !76

210:                                              ; preds = %203, %192
  %211 = getelementptr inbounds i8, ptr %2, i64 %190
  %212 = getelementptr inbounds i8, ptr %211, i64 4
  %213 = getelementptr inbounds i8, ptr %144, i64 %190
  %214 = getelementptr inbounds i8, ptr %213, i64 4
  %215 = sub i32 %146, %163
  %216 = add i32 %215, -4
  %217 = zext i32 %216 to i64
  %218 = icmp ult i32 %216, 8
  br i1 %218, label %219, label %222

219:                                              ; preds = %222, %210
  %220 = phi i64 [ 0, %210 ], [ %223, %222 ]
  %221 = icmp ult i64 %220, %217
  br i1 %221, label %230, label %237

222:                                              ; preds = %210, %222
  %223 = phi i64 [ %228, %222 ], [ 8, %210 ]
  %224 = phi i64 [ %223, %222 ], [ 0, %210 ]
  %225 = getelementptr inbounds i8, ptr %212, i64 %224
  %226 = getelementptr inbounds i8, ptr %214, i64 %224
  %227 = load i64, ptr %226, align 1
  store i64 %227, ptr %225, align 1
  %228 = add nuw nsw i64 %223, 8
  %229 = icmp ugt i64 %228, %217
  br i1 %229, label %219, label %222, !llvm.loop !75

230:                                              ; preds = %219, %230
  %231 = phi i64 [ %235, %230 ], [ %220, %219 ]
  %232 = getelementptr inbounds i8, ptr %214, i64 %231
  %233 = load i8, ptr %232, align 1, !tbaa !68
  %234 = getelementptr inbounds i8, ptr %212, i64 %231
  store i8 %233, ptr %234, align 1, !tbaa !68
  %235 = add nuw nsw i64 %231, 1
  %236 = icmp eq i64 %235, %217
  br i1 %236, label %237, label %230, !llvm.loop !76

237:                                              ; preds = %230, %182, %171, %219
  store atomic i32 0, ptr %151 release, align 4
  %238 = load i32, ptr %147, align 4, !tbaa !29
  %239 = zext i32 %238 to i64
  %240 = getelementptr inbounds i8, ptr %2, i64 %239
  store i32 0, ptr %240, align 1
  br label %324

241:                                              ; preds = %134
  %242 = icmp eq i32 %148, -1
  %243 = add i32 %148, 4
  %244 = icmp ugt i32 %243, %146
  %245 = or i1 %242, %244
  br i1 %245, label %246, label %267

246:                                              ; preds = %241
  %247 = zext i32 %146 to i64
  %248 = icmp ult i32 %146, 8
  br i1 %248, label %249, label %252

249:                                              ; preds = %252, %246
  %250 = phi i64 [ 0, %246 ], [ %253, %252 ]
  %251 = icmp ult i64 %250, %247
  br i1 %251, label %260, label %315

252:                                              ; preds = %246, %252
  %253 = phi i64 [ %258, %252 ], [ 8, %246 ]
  %254 = phi i64 [ %253, %252 ], [ 0, %246 ]
  %255 = getelementptr inbounds i8, ptr %2, i64 %254
  %256 = getelementptr inbounds i8, ptr %144, i64 %254
  %257 = load i64, ptr %256, align 1
  store i64 %257, ptr %255, align 1
  %258 = add nuw nsw i64 %253, 8
  %259 = icmp ugt i64 %258, %247
  br i1 %259, label %249, label %252, !llvm.loop !75

260:                                              ; preds = %249, %260
  %261 = phi i64 [ %265, %260 ], [ %250, %249 ]
  %262 = getelementptr inbounds i8, ptr %144, i64 %261
  %263 = load i8, ptr %262, align 1, !tbaa !68
  %264 = getelementptr inbounds i8, ptr %2, i64 %261
  store i8 %263, ptr %264, align 1, !tbaa !68
  %265 = add nuw nsw i64 %261, 1
  %266 = icmp eq i64 %265, %247
  br i1 %266, label %315, label %260, !llvm.loop !76

267:                                              ; preds = %241
  %268 = zext i32 %148 to i64
  %269 = icmp ult i32 %148, 8
  br i1 %269, label %270, label %273

270:                                              ; preds = %273, %267
  %271 = phi i64 [ 0, %267 ], [ %274, %273 ]
  %272 = icmp ult i64 %271, %268
  br i1 %272, label %281, label %288

273:                                              ; preds = %267, %273
  %274 = phi i64 [ %279, %273 ], [ 8, %267 ]
  %275 = phi i64 [ %274, %273 ], [ 0, %267 ]
  %276 = getelementptr inbounds i8, ptr %2, i64 %275
  %277 = getelementptr inbounds i8, ptr %144, i64 %275
  %278 = load i64, ptr %277, align 1
  store i64 %278, ptr %276, align 1
  %279 = add nuw nsw i64 %274, 8
  %280 = icmp ugt i64 %279, %268
  br i1 %280, label %270, label %273, !llvm.loop !75

281:                                              ; preds = %270, %281
  %282 = phi i64 [ %286, %281 ], [ %271, %270 ]
  %283 = getelementptr inbounds i8, ptr %144, i64 %282
  %284 = load i8, ptr %283, align 1, !tbaa !68
  %285 = getelementptr inbounds i8, ptr %2, i64 %282
  store i8 %284, ptr %285, align 1, !tbaa !68
  %286 = add nuw nsw i64 %282, 1
  %287 = icmp eq i64 %286, %268
  br i1 %287, label %288, label %281, !llvm.loop !76

288:                                              ; preds = %281, %270
  %289 = getelementptr inbounds i8, ptr %2, i64 %268
  %290 = getelementptr inbounds i8, ptr %289, i64 4
  %291 = getelementptr inbounds i8, ptr %144, i64 %268
  %292 = getelementptr inbounds i8, ptr %291, i64 4
  %293 = sub i32 %146, %148
  %294 = add i32 %293, -4
  %295 = zext i32 %294 to i64
  %296 = icmp ult i32 %294, 8
  br i1 %296, label %297, label %300

297:                                              ; preds = %300, %288
  %298 = phi i64 [ 0, %288 ], [ %301, %300 ]
  %299 = icmp ult i64 %298, %295
  br i1 %299, label %308, label %315

300:                                              ; preds = %288, %300
  %301 = phi i64 [ %306, %300 ], [ 8, %288 ]
  %302 = phi i64 [ %301, %300 ], [ 0, %288 ]
  %303 = getelementptr inbounds i8, ptr %290, i64 %302
  %304 = getelementptr inbounds i8, ptr %292, i64 %302
  %305 = load i64, ptr %304, align 1
  store i64 %305, ptr %303, align 1
  %306 = add nuw nsw i64 %301, 8
  %307 = icmp ugt i64 %306, %295
  br i1 %307, label %297, label %300, !llvm.loop !75

308:                                              ; preds = %297, %308
  %309 = phi i64 [ %313, %308 ], [ %298, %297 ]
  %310 = getelementptr inbounds i8, ptr %292, i64 %309
  %311 = load i8, ptr %310, align 1, !tbaa !68
  %312 = getelementptr inbounds i8, ptr %290, i64 %309
  store i8 %311, ptr %312, align 1, !tbaa !68
  %313 = add nuw nsw i64 %309, 1
  %314 = icmp eq i64 %313, %295
  br i1 %314, label %315, label %308, !llvm.loop !76

315:                                              ; preds = %308, %260, %297, %249
  %316 = load i32, ptr %147, align 4, !tbaa !29
  %317 = icmp eq i32 %316, -1
  %318 = add i32 %316, 4
  %319 = icmp ugt i32 %318, %146
  %320 = or i1 %317, %319
  br i1 %320, label %324, label %321

321:                                              ; preds = %315
  %322 = zext i32 %316 to i64
  %323 = getelementptr inbounds i8, ptr %2, i64 %322
  store i32 0, ptr %323, align 1
  br label %324

324:                                              ; preds = %112, %159, %8, %321, %315, %237, %121
  %325 = phi i64 [ 0, %121 ], [ 0, %237 ], [ 0, %315 ], [ 0, %321 ], [ 0, %8 ], [ -35, %159 ], [ 0, %112 ]
  ret i64 %325
}

; Function Attrs: nounwind
define dso_local i64 @pb_htab_update(ptr noundef %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, i64 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %8 = getelementptr inbounds i8, ptr %0, i64 28
  %9 = load i32, ptr %8, align 4, !tbaa !27
  %10 = icmp ugt i32 %9, %4
  %11 = select i1 %10, i32 %4, i32 0
  %12 = getelementptr inbounds i8, ptr %0, i64 4
  %13 = load i32, ptr %12, align 4, !tbaa !20
  switch i32 %13, label %1009 [
    i32 1, label %14
    i32 25, label %311
    i32 9, label %528
    i32 10, label %776
  ]

14:                                               ; preds = %6
  %15 = and i64 %3, -5
  %16 = icmp ugt i64 %15, 2
  br i1 %16, label %1176, label %17

17:                                               ; preds = %14
  %18 = and i64 %3, 4
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %24, label %20

20:                                               ; preds = %17
  %21 = getelementptr inbounds i8, ptr %0, i64 36
  %22 = load i32, ptr %21, align 4, !tbaa !29
  %23 = icmp eq i32 %22, -1
  br i1 %23, label %1176, label %24

24:                                               ; preds = %20, %17
  %25 = getelementptr inbounds i8, ptr %0, i64 88
  %26 = load i32, ptr %25, align 8, !tbaa !45
  %27 = getelementptr inbounds i8, ptr %0, i64 120
  %28 = load ptr, ptr %27, align 8, !tbaa !53
  %29 = getelementptr inbounds i8, ptr %0, i64 80
  %30 = load i32, ptr %29, align 8, !tbaa !42
  %31 = add i32 %30, -1
  %32 = and i32 %31, %7
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %28, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !56
  %36 = icmp eq i32 %35, -1
  %37 = icmp eq i32 %26, 0
  %38 = select i1 %36, i1 true, i1 %37
  br i1 %38, label %90, label %39

39:                                               ; preds = %24
  %40 = getelementptr inbounds i8, ptr %0, i64 128
  %41 = load ptr, ptr %40, align 8, !tbaa !54
  %42 = getelementptr inbounds i8, ptr %0, i64 136
  %43 = getelementptr inbounds i8, ptr %0, i64 92
  %44 = getelementptr inbounds i8, ptr %0, i64 8
  br label %45

45:                                               ; preds = %83, %39
  %46 = phi i32 [ %35, %39 ], [ %86, %83 ]
  %47 = phi i32 [ %26, %39 ], [ %85, %83 ]
  %48 = zext i32 %46 to i64
  %49 = getelementptr inbounds %struct.pb_hnode, ptr %41, i64 %48, i32 1
  %50 = load i32, ptr %49, align 4, !tbaa !59
  %51 = icmp eq i32 %50, %7
  br i1 %51, label %52, label %83

52:                                               ; preds = %45
  %53 = load ptr, ptr %42, align 8, !tbaa !55
  %54 = load i32, ptr %43, align 4, !tbaa !46
  %55 = zext i32 %54 to i64
  %56 = mul nuw i64 %55, %48
  %57 = getelementptr inbounds i8, ptr %53, i64 %56
  %58 = load i32, ptr %44, align 8, !tbaa !65
  %59 = zext i32 %58 to i64
  %60 = and i64 %59, 4294967288
  br label %61

61:                                               ; preds = %67, %52
  %62 = phi i64 [ 0, %52 ], [ %63, %67 ]
  %63 = add nuw nsw i64 %62, 8
  %64 = icmp ugt i64 %63, %59
  br i1 %64, label %65, label %67

65:                                               ; preds = %61
  %66 = icmp eq i64 %60, %59
  br i1 %66, label %90, label %76

67:                                               ; preds = %61
  %68 = getelementptr inbounds i8, ptr %57, i64 %62
  %69 = load i64, ptr %68, align 1
  %70 = getelementptr inbounds i8, ptr %1, i64 %62
  %71 = load i64, ptr %70, align 1
  %72 = icmp eq i64 %69, %71
  br i1 %72, label %61, label %83, !llvm.loop !66

73:                                               ; preds = %76
  %74 = add nuw nsw i64 %77, 1
  %75 = icmp eq i64 %74, %59
  br i1 %75, label %90, label %76, !llvm.loop !67

76:                                               ; preds = %65, %73
  %77 = phi i64 [ %74, %73 ], [ %60, %65 ]
  %78 = getelementptr inbounds i8, ptr %57, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !68
  %80 = getelementptr inbounds i8, ptr %1, i64 %77
  %81 = load i8, ptr %80, align 1, !tbaa !68
  %82 = icmp eq i8 %79, %81
  br i1 %82, label %73, label %83

83:                                               ; preds = %67, %76, %45
  %84 = getelementptr inbounds %struct.pb_hnode, ptr %41, i64 %48
  %85 = add i32 %47, -1
  %86 = load i32, ptr %84, align 4, !tbaa !56
  %87 = icmp eq i32 %86, -1
  %88 = icmp eq i32 %85, 0
  %89 = select i1 %87, i1 true, i1 %88
  br i1 %89, label %90, label %45, !llvm.loop !69

90:                                               ; preds = %83, %65, %73, %24
  %91 = phi i32 [ -1, %24 ], [ %46, %73 ], [ -1, %83 ], [ %46, %65 ]
  %92 = icmp ne i32 %91, -1
  %93 = icmp eq i64 %15, 1
  %94 = and i1 %93, %92
  %95 = icmp eq i32 %91, -1
  %96 = icmp eq i64 %15, 2
  %97 = and i1 %96, %95
  %98 = select i1 %97, i64 -2, i64 0
  %99 = select i1 %94, i64 -17, i64 %98
  %100 = icmp eq i64 %99, 0
  br i1 %100, label %101, label %1176

101:                                              ; preds = %90
  %102 = or i1 %19, %95
  br i1 %102, label %204, label %103

103:                                              ; preds = %101
  %104 = getelementptr inbounds i8, ptr %0, i64 56
  %105 = load ptr, ptr %104, align 8, !tbaa !40
  %106 = getelementptr inbounds i8, ptr %0, i64 76
  %107 = load i32, ptr %106, align 4, !tbaa !39
  %108 = zext i32 %107 to i64
  %109 = zext i32 %91 to i64
  %110 = mul nuw i64 %108, %109
  %111 = getelementptr inbounds i8, ptr %105, i64 %110
  %112 = getelementptr inbounds i8, ptr %0, i64 12
  %113 = load i32, ptr %112, align 4, !tbaa !22
  %114 = getelementptr inbounds i8, ptr %0, i64 36
  %115 = load i32, ptr %114, align 4, !tbaa !29
  %116 = zext i32 %115 to i64
  %117 = getelementptr inbounds i8, ptr %111, i64 %116
  br label %118

118:                                              ; preds = %125, %103
  %119 = phi i32 [ 0, %103 ], [ %126, %125 ]
  %120 = load atomic i32, ptr %117 monotonic, align 4
  %121 = icmp eq i32 %120, 0
  br i1 %121, label %122, label %125

122:                                              ; preds = %118
  %123 = atomicrmw xchg ptr %117, i32 1 acquire, align 4
  %124 = icmp eq i32 %123, 0
  br i1 %124, label %128, label %125

125:                                              ; preds = %122, %118
  %126 = add nuw nsw i32 %119, 1
  %127 = icmp eq i32 %126, 67108864
  br i1 %127, label %1176, label %118, !llvm.loop !78

128:                                              ; preds = %122
  %129 = load i32, ptr %114, align 4, !tbaa !29
  %130 = icmp eq i32 %129, -1
  %131 = add i32 %129, 4
  %132 = icmp ugt i32 %131, %113
  %133 = or i1 %130, %132
  br i1 %133, label %134, label %155

134:                                              ; preds = %128
  %135 = zext i32 %113 to i64
  %136 = icmp ult i32 %113, 8
  br i1 %136, label %137, label %140

137:                                              ; preds = %140, %134
  %138 = phi i64 [ 0, %134 ], [ %141, %140 ]
  %139 = icmp ult i64 %138, %135
  br i1 %139, label %148, label %203

140:                                              ; preds = %134, %140
  %141 = phi i64 [ %146, %140 ], [ 8, %134 ]
  %142 = phi i64 [ %141, %140 ], [ 0, %134 ]
  %143 = getelementptr inbounds i8, ptr %111, i64 %142
  %144 = getelementptr inbounds i8, ptr %2, i64 %142
  %145 = load i64, ptr %144, align 1
  store i64 %145, ptr %143, align 1
  %146 = add nuw nsw i64 %141, 8
  %147 = icmp ugt i64 %146, %135
  br i1 %147, label %137, label %140, !llvm.loop !75

148:                                              ; preds = %137, %148
  %149 = phi i64 [ %153, %148 ], [ %138, %137 ]
  %150 = getelementptr inbounds i8, ptr %2, i64 %149
  %151 = load i8, ptr %150, align 1, !tbaa !68
  %152 = getelementptr inbounds i8, ptr %111, i64 %149
  store i8 %151, ptr %152, align 1, !tbaa !68
  %153 = add nuw nsw i64 %149, 1
  %154 = icmp eq i64 %153, %135
  br i1 %154, label %203, label %148, !llvm.loop !76

155:                                              ; preds = %128
  %156 = zext i32 %129 to i64
  %157 = icmp ult i32 %129, 8
  br i1 %157, label %158, label %161

158:                                              ; preds = %161, %155
  %159 = phi i64 [ 0, %155 ], [ %162, %161 ]
  %160 = icmp ult i64 %159, %156
  br i1 %160, label %169, label %176

161:                                              ; preds = %155, %161
  %162 = phi i64 [ %167, %161 ], [ 8, %155 ]
  %163 = phi i64 [ %162, %161 ], [ 0, %155 ]
  %164 = getelementptr inbounds i8, ptr %111, i64 %163
  %165 = getelementptr inbounds i8, ptr %2, i64 %163
  %166 = load i64, ptr %165, align 1
  store i64 %166, ptr %164, align 1
  %167 = add nuw nsw i64 %162, 8
  %168 = icmp ugt i64 %167, %156
  br i1 %168, label %158, label %161, !llvm.loop !75

169:                                              ; preds = %158, %169
  %170 = phi i64 [ %174, %169 ], [ %159, %158 ]
  %171 = getelementptr inbounds i8, ptr %2, i64 %170
  %172 = load i8, ptr %171, align 1, !tbaa !68
  %173 = getelementptr inbounds i8, ptr %111, i64 %170
  store i8 %172, ptr %173, align 1, !tbaa !68
  %174 = add nuw nsw i64 %170, 1
  %175 = icmp eq i64 %174, %156
  br i1 %175, label %176, label %169, !llvm.loop !76

176:                                              ; preds = %169, %158
  %177 = getelementptr inbounds i8, ptr %111, i64 %156
  %178 = getelementptr inbounds i8, ptr %177, i64 4
  %179 = getelementptr inbounds i8, ptr %2, i64 %156
  %180 = getelementptr inbounds i8, ptr %179, i64 4
  %181 = sub i32 %113, %129
  %182 = add i32 %181, -4
  %183 = zext i32 %182 to i64
  %184 = icmp ult i32 %182, 8
  br i1 %184, label %185, label %188

185:                                              ; preds = %188, %176
  %186 = phi i64 [ 0, %176 ], [ %189, %188 ]
  %187 = icmp ult i64 %186, %183
  br i1 %187, label %196, label %203

188:                                              ; preds = %176, %188
  %189 = phi i64 [ %194, %188 ], [ 8, %176 ]
  %190 = phi i64 [ %189, %188 ], [ 0, %176 ]
  %191 = getelementptr inbounds i8, ptr %178, i64 %190
  %192 = getelementptr inbounds i8, ptr %180, i64 %190
  %193 = load i64, ptr %192, align 1
  store i64 %193, ptr %191, align 1
  %194 = add nuw nsw i64 %189, 8
  %195 = icmp ugt i64 %194, %183
  br i1 %195, label %185, label %188, !llvm.loop !75

196:                                              ; preds = %185, %196
  %197 = phi i64 [ %201, %196 ], [ %186, %185 ]
  %198 = getelementptr inbounds i8, ptr %180, i64 %197
  %199 = load i8, ptr %198, align 1, !tbaa !68
  %200 = getelementptr inbounds i8, ptr %178, i64 %197
  store i8 %199, ptr %200, align 1, !tbaa !68
  %201 = add nuw nsw i64 %197, 1
  %202 = icmp eq i64 %201, %183
  br i1 %202, label %203, label %196, !llvm.loop !76

203:                                              ; preds = %196, %148, %185, %137
  store atomic i32 0, ptr %117 release, align 4
  br label %1176

204:                                              ; preds = %101
  br i1 %95, label %205, label %211

205:                                              ; preds = %204
  %206 = getelementptr inbounds i8, ptr %0, i64 72
  %207 = load i32, ptr %206, align 8, !tbaa !34
  %208 = getelementptr inbounds i8, ptr %0, i64 16
  %209 = load i32, ptr %208, align 8, !tbaa !23
  %210 = icmp ult i32 %207, %209
  br i1 %210, label %211, label %1176

211:                                              ; preds = %205, %204
  %212 = getelementptr inbounds i8, ptr %0, i64 96
  %213 = load i32, ptr %212, align 8, !tbaa !47
  %214 = icmp eq i32 %213, -1
  br i1 %214, label %221, label %215

215:                                              ; preds = %211
  %216 = getelementptr inbounds i8, ptr %0, i64 128
  %217 = load ptr, ptr %216, align 8, !tbaa !54
  %218 = zext i32 %213 to i64
  %219 = getelementptr inbounds %struct.pb_hnode, ptr %217, i64 %218
  %220 = load i32, ptr %219, align 4, !tbaa !63
  store i32 %220, ptr %212, align 8, !tbaa !47
  br label %228

221:                                              ; preds = %211
  %222 = getelementptr inbounds i8, ptr %0, i64 100
  %223 = load i32, ptr %222, align 4, !tbaa !48
  %224 = icmp ult i32 %223, %26
  br i1 %224, label %225, label %1176

225:                                              ; preds = %221
  %226 = add nuw i32 %223, 1
  store i32 %226, ptr %222, align 4, !tbaa !48
  %227 = zext i32 %223 to i64
  br label %228

228:                                              ; preds = %225, %215
  %229 = phi i64 [ %218, %215 ], [ %227, %225 ]
  %230 = phi i32 [ %213, %215 ], [ %223, %225 ]
  %231 = getelementptr inbounds i8, ptr %0, i64 136
  %232 = load ptr, ptr %231, align 8, !tbaa !55
  %233 = getelementptr inbounds i8, ptr %0, i64 92
  %234 = load i32, ptr %233, align 4, !tbaa !46
  %235 = zext i32 %234 to i64
  %236 = mul nuw i64 %229, %235
  %237 = getelementptr inbounds i8, ptr %232, i64 %236
  %238 = getelementptr inbounds i8, ptr %0, i64 8
  %239 = load i32, ptr %238, align 8, !tbaa !21
  %240 = zext i32 %239 to i64
  %241 = icmp ult i32 %239, 8
  br i1 %241, label %242, label %245

242:                                              ; preds = %245, %228
  %243 = phi i64 [ 0, %228 ], [ %246, %245 ]
  %244 = icmp ult i64 %243, %240
  br i1 %244, label %253, label %260

245:                                              ; preds = %228, %245
  %246 = phi i64 [ %251, %245 ], [ 8, %228 ]
  %247 = phi i64 [ %246, %245 ], [ 0, %228 ]
  %248 = getelementptr inbounds i8, ptr %237, i64 %247
  %249 = getelementptr inbounds i8, ptr %1, i64 %247
  %250 = load i64, ptr %249, align 1
  store i64 %250, ptr %248, align 1
  %251 = add nuw nsw i64 %246, 8
  %252 = icmp ugt i64 %251, %240
  br i1 %252, label %242, label %245, !llvm.loop !75

253:                                              ; preds = %242, %253
  %254 = phi i64 [ %258, %253 ], [ %243, %242 ]
  %255 = getelementptr inbounds i8, ptr %1, i64 %254
  %256 = load i8, ptr %255, align 1, !tbaa !68
  %257 = getelementptr inbounds i8, ptr %237, i64 %254
  store i8 %256, ptr %257, align 1, !tbaa !68
  %258 = add nuw nsw i64 %254, 1
  %259 = icmp eq i64 %258, %240
  br i1 %259, label %260, label %253, !llvm.loop !76

260:                                              ; preds = %253, %242
  %261 = getelementptr inbounds i8, ptr %0, i64 128
  %262 = load ptr, ptr %261, align 8, !tbaa !54
  %263 = getelementptr inbounds %struct.pb_hnode, ptr %262, i64 %229, i32 1
  store i32 %7, ptr %263, align 4, !tbaa !59
  tail call fastcc void @init_value(ptr noundef %0, i32 noundef %230, ptr noundef readonly %2, i32 noundef 0, i32 noundef 0) #10
  %264 = load ptr, ptr %261, align 8, !tbaa !54
  %265 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %229, i32 1
  %266 = load i32, ptr %265, align 4, !tbaa !59
  %267 = load ptr, ptr %27, align 8, !tbaa !53
  %268 = load i32, ptr %29, align 8, !tbaa !42
  %269 = add i32 %268, -1
  %270 = and i32 %269, %266
  %271 = zext i32 %270 to i64
  %272 = getelementptr inbounds i32, ptr %267, i64 %271
  %273 = load i32, ptr %272, align 4, !tbaa !56
  %274 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %229
  store i32 %273, ptr %274, align 4, !tbaa !63
  store i32 %230, ptr %272, align 4, !tbaa !56
  br i1 %95, label %307, label %275

275:                                              ; preds = %260
  %276 = zext i32 %91 to i64
  %277 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %276, i32 1
  %278 = load i32, ptr %277, align 4, !tbaa !59
  %279 = load i32, ptr %29, align 8, !tbaa !42
  %280 = add i32 %279, -1
  %281 = and i32 %280, %278
  %282 = zext i32 %281 to i64
  %283 = getelementptr inbounds i32, ptr %267, i64 %282
  %284 = load i32, ptr %283, align 4, !tbaa !56
  %285 = icmp eq i32 %284, -1
  br i1 %285, label %304, label %286

286:                                              ; preds = %275
  %287 = load i32, ptr %25, align 8, !tbaa !45
  br label %288

288:                                              ; preds = %299, %286
  %289 = phi i32 [ %302, %299 ], [ %284, %286 ]
  %290 = phi i32 [ %292, %299 ], [ %287, %286 ]
  %291 = phi ptr [ %301, %299 ], [ %283, %286 ]
  %292 = add i32 %290, -1
  %293 = icmp eq i32 %290, 0
  br i1 %293, label %304, label %294

294:                                              ; preds = %288
  %295 = icmp eq i32 %289, %91
  br i1 %295, label %296, label %299

296:                                              ; preds = %294
  %297 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %276
  %298 = load i32, ptr %297, align 4, !tbaa !63
  store i32 %298, ptr %291, align 4, !tbaa !56
  br label %304

299:                                              ; preds = %294
  %300 = zext i32 %289 to i64
  %301 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %300
  %302 = load i32, ptr %301, align 4, !tbaa !56
  %303 = icmp eq i32 %302, -1
  br i1 %303, label %304, label %288, !llvm.loop !62

304:                                              ; preds = %299, %288, %296, %275
  %305 = load i32, ptr %212, align 8, !tbaa !47
  %306 = getelementptr inbounds %struct.pb_hnode, ptr %264, i64 %276
  store i32 %305, ptr %306, align 4, !tbaa !63
  store i32 %91, ptr %212, align 8, !tbaa !47
  br label %1176

307:                                              ; preds = %260
  %308 = getelementptr inbounds i8, ptr %0, i64 72
  %309 = load i32, ptr %308, align 8, !tbaa !34
  %310 = add i32 %309, 1
  store i32 %310, ptr %308, align 8, !tbaa !34
  br label %1176

311:                                              ; preds = %6
  %312 = icmp ugt i64 %3, 2
  br i1 %312, label %1176, label %313

313:                                              ; preds = %311
  %314 = getelementptr inbounds i8, ptr %0, i64 88
  %315 = load i32, ptr %314, align 8, !tbaa !45
  %316 = getelementptr inbounds i8, ptr %0, i64 120
  %317 = load ptr, ptr %316, align 8, !tbaa !53
  %318 = getelementptr inbounds i8, ptr %0, i64 80
  %319 = load i32, ptr %318, align 8, !tbaa !42
  %320 = add i32 %319, -1
  %321 = and i32 %320, %7
  %322 = zext i32 %321 to i64
  %323 = getelementptr inbounds i32, ptr %317, i64 %322
  %324 = load i32, ptr %323, align 4, !tbaa !56
  %325 = icmp eq i32 %324, -1
  %326 = icmp eq i32 %315, 0
  %327 = select i1 %325, i1 true, i1 %326
  br i1 %327, label %385, label %328

328:                                              ; preds = %313
  %329 = getelementptr inbounds i8, ptr %0, i64 128
  %330 = load ptr, ptr %329, align 8, !tbaa !54
  %331 = getelementptr inbounds i8, ptr %0, i64 136
  %332 = getelementptr inbounds i8, ptr %0, i64 92
  %333 = getelementptr inbounds i8, ptr %0, i64 8
  br label %334

334:                                              ; preds = %372, %328
  %335 = phi i32 [ %324, %328 ], [ %375, %372 ]
  %336 = phi i32 [ %315, %328 ], [ %374, %372 ]
  %337 = zext i32 %335 to i64
  %338 = getelementptr inbounds %struct.pb_hnode, ptr %330, i64 %337, i32 1
  %339 = load i32, ptr %338, align 4, !tbaa !59
  %340 = icmp eq i32 %339, %7
  br i1 %340, label %341, label %372

341:                                              ; preds = %334
  %342 = load ptr, ptr %331, align 8, !tbaa !55
  %343 = load i32, ptr %332, align 4, !tbaa !46
  %344 = zext i32 %343 to i64
  %345 = mul nuw i64 %344, %337
  %346 = getelementptr inbounds i8, ptr %342, i64 %345
  %347 = load i32, ptr %333, align 8, !tbaa !65
  %348 = zext i32 %347 to i64
  %349 = and i64 %348, 4294967288
  br label %350

350:                                              ; preds = %356, %341
  %351 = phi i64 [ 0, %341 ], [ %352, %356 ]
  %352 = add nuw nsw i64 %351, 8
  %353 = icmp ugt i64 %352, %348
  br i1 %353, label %354, label %356

354:                                              ; preds = %350
  %355 = icmp eq i64 %349, %348
  br i1 %355, label %379, label %365

356:                                              ; preds = %350
  %357 = getelementptr inbounds i8, ptr %346, i64 %351
  %358 = load i64, ptr %357, align 1
  %359 = getelementptr inbounds i8, ptr %1, i64 %351
  %360 = load i64, ptr %359, align 1
  %361 = icmp eq i64 %358, %360
  br i1 %361, label %350, label %372, !llvm.loop !66

362:                                              ; preds = %365
  %363 = add nuw nsw i64 %366, 1
  %364 = icmp eq i64 %363, %348
  br i1 %364, label %379, label %365, !llvm.loop !67

365:                                              ; preds = %354, %362
  %366 = phi i64 [ %363, %362 ], [ %349, %354 ]
  %367 = getelementptr inbounds i8, ptr %346, i64 %366
  %368 = load i8, ptr %367, align 1, !tbaa !68
  %369 = getelementptr inbounds i8, ptr %1, i64 %366
  %370 = load i8, ptr %369, align 1, !tbaa !68
  %371 = icmp eq i8 %368, %370
  br i1 %371, label %362, label %372

372:                                              ; preds = %356, %365, %334
  %373 = getelementptr inbounds %struct.pb_hnode, ptr %330, i64 %337
  %374 = add i32 %336, -1
  %375 = load i32, ptr %373, align 4, !tbaa !56
  %376 = icmp eq i32 %375, -1
  %377 = icmp eq i32 %374, 0
  %378 = select i1 %376, i1 true, i1 %377
  br i1 %378, label %385, label %334, !llvm.loop !69

379:                                              ; preds = %354, %362
  %380 = icmp eq i32 %335, -1
  %381 = and i64 %3, 1
  %382 = icmp eq i64 %381, 0
  %383 = or i1 %382, %380
  br i1 %383, label %384, label %1176

384:                                              ; preds = %379
  br i1 %380, label %385, label %391

385:                                              ; preds = %372, %384, %313
  %386 = getelementptr inbounds i8, ptr %0, i64 72
  %387 = load i32, ptr %386, align 8, !tbaa !34
  %388 = getelementptr inbounds i8, ptr %0, i64 16
  %389 = load i32, ptr %388, align 8, !tbaa !23
  %390 = icmp ult i32 %387, %389
  br i1 %390, label %391, label %1176

391:                                              ; preds = %385, %384
  %392 = phi i32 [ -1, %385 ], [ %335, %384 ]
  %393 = phi i1 [ true, %385 ], [ false, %384 ]
  %394 = getelementptr inbounds i8, ptr %0, i64 96
  %395 = load i32, ptr %394, align 8, !tbaa !47
  %396 = icmp eq i32 %395, -1
  br i1 %396, label %403, label %397

397:                                              ; preds = %391
  %398 = getelementptr inbounds i8, ptr %0, i64 128
  %399 = load ptr, ptr %398, align 8, !tbaa !54
  %400 = zext i32 %395 to i64
  %401 = getelementptr inbounds %struct.pb_hnode, ptr %399, i64 %400
  %402 = load i32, ptr %401, align 4, !tbaa !63
  store i32 %402, ptr %394, align 8, !tbaa !47
  br label %410

403:                                              ; preds = %391
  %404 = getelementptr inbounds i8, ptr %0, i64 100
  %405 = load i32, ptr %404, align 4, !tbaa !48
  %406 = icmp ult i32 %405, %315
  br i1 %406, label %407, label %1176

407:                                              ; preds = %403
  %408 = add nuw i32 %405, 1
  store i32 %408, ptr %404, align 4, !tbaa !48
  %409 = zext i32 %405 to i64
  br label %410

410:                                              ; preds = %407, %397
  %411 = phi i64 [ %400, %397 ], [ %409, %407 ]
  %412 = phi i32 [ %395, %397 ], [ %405, %407 ]
  %413 = getelementptr inbounds i8, ptr %0, i64 136
  %414 = load ptr, ptr %413, align 8, !tbaa !55
  %415 = getelementptr inbounds i8, ptr %0, i64 92
  %416 = load i32, ptr %415, align 4, !tbaa !46
  %417 = zext i32 %416 to i64
  %418 = mul nuw i64 %411, %417
  %419 = getelementptr inbounds i8, ptr %414, i64 %418
  %420 = getelementptr inbounds i8, ptr %0, i64 8
  %421 = load i32, ptr %420, align 8, !tbaa !21
  %422 = zext i32 %421 to i64
  %423 = icmp ult i32 %421, 8
  br i1 %423, label %424, label %427

424:                                              ; preds = %427, %410
  %425 = phi i64 [ 0, %410 ], [ %428, %427 ]
  %426 = icmp ult i64 %425, %422
  br i1 %426, label %435, label %442

427:                                              ; preds = %410, %427
  %428 = phi i64 [ %433, %427 ], [ 8, %410 ]
  %429 = phi i64 [ %428, %427 ], [ 0, %410 ]
  %430 = getelementptr inbounds i8, ptr %419, i64 %429
  %431 = getelementptr inbounds i8, ptr %1, i64 %429
  %432 = load i64, ptr %431, align 1
  store i64 %432, ptr %430, align 1
  %433 = add nuw nsw i64 %428, 8
  %434 = icmp ugt i64 %433, %422
  br i1 %434, label %424, label %427, !llvm.loop !75

435:                                              ; preds = %424, %435
  %436 = phi i64 [ %440, %435 ], [ %425, %424 ]
  %437 = getelementptr inbounds i8, ptr %1, i64 %436
  %438 = load i8, ptr %437, align 1, !tbaa !68
  %439 = getelementptr inbounds i8, ptr %419, i64 %436
  store i8 %438, ptr %439, align 1, !tbaa !68
  %440 = add nuw nsw i64 %436, 1
  %441 = icmp eq i64 %440, %422
  br i1 %441, label %442, label %435, !llvm.loop !76

442:                                              ; preds = %435, %424
  %443 = getelementptr inbounds i8, ptr %0, i64 128
  %444 = load ptr, ptr %443, align 8, !tbaa !54
  %445 = getelementptr inbounds %struct.pb_hnode, ptr %444, i64 %411, i32 1
  store i32 %7, ptr %445, align 4, !tbaa !59
  %446 = getelementptr inbounds i8, ptr %0, i64 56
  %447 = load ptr, ptr %446, align 8, !tbaa !40
  %448 = getelementptr inbounds i8, ptr %0, i64 76
  %449 = load i32, ptr %448, align 4, !tbaa !39
  %450 = zext i32 %449 to i64
  %451 = mul nuw i64 %411, %450
  %452 = getelementptr inbounds i8, ptr %447, i64 %451
  %453 = getelementptr inbounds i8, ptr %0, i64 12
  %454 = load i32, ptr %453, align 4, !tbaa !22
  %455 = zext i32 %454 to i64
  %456 = icmp ult i32 %454, 8
  br i1 %456, label %457, label %460

457:                                              ; preds = %460, %442
  %458 = phi i64 [ 0, %442 ], [ %461, %460 ]
  %459 = icmp ult i64 %458, %455
  br i1 %459, label %468, label %475

460:                                              ; preds = %442, %460
  %461 = phi i64 [ %466, %460 ], [ 8, %442 ]
  %462 = phi i64 [ %461, %460 ], [ 0, %442 ]
  %463 = getelementptr inbounds i8, ptr %452, i64 %462
  %464 = getelementptr inbounds i8, ptr %2, i64 %462
  %465 = load i64, ptr %464, align 1
  store i64 %465, ptr %463, align 1
  %466 = add nuw nsw i64 %461, 8
  %467 = icmp ugt i64 %466, %455
  br i1 %467, label %457, label %460, !llvm.loop !75

468:                                              ; preds = %457, %468
  %469 = phi i64 [ %473, %468 ], [ %458, %457 ]
  %470 = getelementptr inbounds i8, ptr %2, i64 %469
  %471 = load i8, ptr %470, align 1, !tbaa !68
  %472 = getelementptr inbounds i8, ptr %452, i64 %469
  store i8 %471, ptr %472, align 1, !tbaa !68
  %473 = add nuw nsw i64 %469, 1
  %474 = icmp eq i64 %473, %455
  br i1 %474, label %475, label %468, !llvm.loop !76

475:                                              ; preds = %468, %457
  br i1 %393, label %510, label %476

476:                                              ; preds = %475
  %477 = load ptr, ptr %443, align 8, !tbaa !54
  %478 = zext i32 %392 to i64
  %479 = getelementptr inbounds %struct.pb_hnode, ptr %477, i64 %478, i32 1
  %480 = load i32, ptr %479, align 4, !tbaa !59
  %481 = load ptr, ptr %316, align 8, !tbaa !53
  %482 = load i32, ptr %318, align 8, !tbaa !42
  %483 = add i32 %482, -1
  %484 = and i32 %483, %480
  %485 = zext i32 %484 to i64
  %486 = getelementptr inbounds i32, ptr %481, i64 %485
  %487 = load i32, ptr %486, align 4, !tbaa !56
  %488 = icmp eq i32 %487, -1
  br i1 %488, label %507, label %489

489:                                              ; preds = %476
  %490 = load i32, ptr %314, align 8, !tbaa !45
  br label %491

491:                                              ; preds = %502, %489
  %492 = phi i32 [ %505, %502 ], [ %487, %489 ]
  %493 = phi i32 [ %495, %502 ], [ %490, %489 ]
  %494 = phi ptr [ %504, %502 ], [ %486, %489 ]
  %495 = add i32 %493, -1
  %496 = icmp eq i32 %493, 0
  br i1 %496, label %507, label %497

497:                                              ; preds = %491
  %498 = icmp eq i32 %492, %392
  br i1 %498, label %499, label %502

499:                                              ; preds = %497
  %500 = getelementptr inbounds %struct.pb_hnode, ptr %477, i64 %478
  %501 = load i32, ptr %500, align 4, !tbaa !63
  store i32 %501, ptr %494, align 4, !tbaa !56
  br label %507

502:                                              ; preds = %497
  %503 = zext i32 %492 to i64
  %504 = getelementptr inbounds %struct.pb_hnode, ptr %477, i64 %503
  %505 = load i32, ptr %504, align 4, !tbaa !56
  %506 = icmp eq i32 %505, -1
  br i1 %506, label %507, label %491, !llvm.loop !62

507:                                              ; preds = %502, %491, %499, %476
  %508 = load i32, ptr %394, align 8, !tbaa !47
  %509 = getelementptr inbounds %struct.pb_hnode, ptr %477, i64 %478
  store i32 %508, ptr %509, align 4, !tbaa !63
  store i32 %392, ptr %394, align 8, !tbaa !47
  br label %516

510:                                              ; preds = %475
  %511 = getelementptr inbounds i8, ptr %0, i64 72
  %512 = load i32, ptr %511, align 8, !tbaa !34
  %513 = add i32 %512, 1
  store i32 %513, ptr %511, align 8, !tbaa !34
  %514 = load ptr, ptr %443, align 8, !tbaa !54
  %515 = load ptr, ptr %316, align 8, !tbaa !53
  br label %516

516:                                              ; preds = %510, %507
  %517 = phi ptr [ %515, %510 ], [ %481, %507 ]
  %518 = phi ptr [ %514, %510 ], [ %477, %507 ]
  %519 = getelementptr inbounds %struct.pb_hnode, ptr %518, i64 %411, i32 1
  %520 = load i32, ptr %519, align 4, !tbaa !59
  %521 = load i32, ptr %318, align 8, !tbaa !42
  %522 = add i32 %521, -1
  %523 = and i32 %522, %520
  %524 = zext i32 %523 to i64
  %525 = getelementptr inbounds i32, ptr %517, i64 %524
  %526 = load i32, ptr %525, align 4, !tbaa !56
  %527 = getelementptr inbounds %struct.pb_hnode, ptr %518, i64 %411
  store i32 %526, ptr %527, align 4, !tbaa !63
  store i32 %412, ptr %525, align 4, !tbaa !56
  br label %1176

528:                                              ; preds = %6
  %529 = icmp ugt i64 %3, 2
  br i1 %529, label %1176, label %530

530:                                              ; preds = %528
  %531 = getelementptr inbounds i8, ptr %0, i64 112
  %532 = load i32, ptr %531, align 8, !tbaa !52
  %533 = and i32 %532, 1
  %534 = icmp eq i32 %533, 0
  br i1 %534, label %535, label %612

535:                                              ; preds = %530
  %536 = getelementptr inbounds i8, ptr %0, i64 88
  %537 = load i32, ptr %536, align 8, !tbaa !45
  %538 = getelementptr inbounds i8, ptr %0, i64 120
  %539 = load ptr, ptr %538, align 8, !tbaa !53
  %540 = getelementptr inbounds i8, ptr %0, i64 80
  %541 = load i32, ptr %540, align 8, !tbaa !42
  %542 = add i32 %541, -1
  %543 = and i32 %542, %7
  %544 = zext i32 %543 to i64
  %545 = getelementptr inbounds i32, ptr %539, i64 %544
  %546 = load i32, ptr %545, align 4, !tbaa !56
  %547 = icmp eq i32 %546, -1
  %548 = icmp eq i32 %537, 0
  %549 = select i1 %547, i1 true, i1 %548
  br i1 %549, label %601, label %550

550:                                              ; preds = %535
  %551 = getelementptr inbounds i8, ptr %0, i64 128
  %552 = load ptr, ptr %551, align 8, !tbaa !54
  %553 = getelementptr inbounds i8, ptr %0, i64 136
  %554 = getelementptr inbounds i8, ptr %0, i64 92
  %555 = getelementptr inbounds i8, ptr %0, i64 8
  br label %556

556:                                              ; preds = %594, %550
  %557 = phi i32 [ %546, %550 ], [ %597, %594 ]
  %558 = phi i32 [ %537, %550 ], [ %596, %594 ]
  %559 = zext i32 %557 to i64
  %560 = getelementptr inbounds %struct.pb_hnode, ptr %552, i64 %559, i32 1
  %561 = load i32, ptr %560, align 4, !tbaa !59
  %562 = icmp eq i32 %561, %7
  br i1 %562, label %563, label %594

563:                                              ; preds = %556
  %564 = load ptr, ptr %553, align 8, !tbaa !55
  %565 = load i32, ptr %554, align 4, !tbaa !46
  %566 = zext i32 %565 to i64
  %567 = mul nuw i64 %566, %559
  %568 = getelementptr inbounds i8, ptr %564, i64 %567
  %569 = load i32, ptr %555, align 8, !tbaa !65
  %570 = zext i32 %569 to i64
  %571 = and i64 %570, 4294967288
  br label %572

572:                                              ; preds = %578, %563
  %573 = phi i64 [ 0, %563 ], [ %574, %578 ]
  %574 = add nuw nsw i64 %573, 8
  %575 = icmp ugt i64 %574, %570
  br i1 %575, label %576, label %578

576:                                              ; preds = %572
  %577 = icmp eq i64 %571, %570
  br i1 %577, label %601, label %587

578:                                              ; preds = %572
  %579 = getelementptr inbounds i8, ptr %568, i64 %573
  %580 = load i64, ptr %579, align 1
  %581 = getelementptr inbounds i8, ptr %1, i64 %573
  %582 = load i64, ptr %581, align 1
  %583 = icmp eq i64 %580, %582
  br i1 %583, label %572, label %594, !llvm.loop !66

584:                                              ; preds = %587
  %585 = add nuw nsw i64 %588, 1
  %586 = icmp eq i64 %585, %570
  br i1 %586, label %601, label %587, !llvm.loop !67

587:                                              ; preds = %576, %584
  %588 = phi i64 [ %585, %584 ], [ %571, %576 ]
  %589 = getelementptr inbounds i8, ptr %568, i64 %588
  %590 = load i8, ptr %589, align 1, !tbaa !68
  %591 = getelementptr inbounds i8, ptr %1, i64 %588
  %592 = load i8, ptr %591, align 1, !tbaa !68
  %593 = icmp eq i8 %590, %592
  br i1 %593, label %584, label %594

594:                                              ; preds = %578, %587, %556
  %595 = getelementptr inbounds %struct.pb_hnode, ptr %552, i64 %559
  %596 = add i32 %558, -1
  %597 = load i32, ptr %595, align 4, !tbaa !56
  %598 = icmp eq i32 %597, -1
  %599 = icmp eq i32 %596, 0
  %600 = select i1 %598, i1 true, i1 %599
  br i1 %600, label %601, label %556, !llvm.loop !69

601:                                              ; preds = %594, %576, %584, %535
  %602 = phi i32 [ -1, %535 ], [ %557, %584 ], [ -1, %594 ], [ %557, %576 ]
  %603 = icmp ne i32 %602, -1
  %604 = icmp eq i64 %3, 1
  %605 = and i1 %604, %603
  %606 = icmp eq i32 %602, -1
  %607 = icmp eq i64 %3, 2
  %608 = and i1 %607, %606
  %609 = select i1 %608, i64 -2, i64 0
  %610 = select i1 %605, i64 -17, i64 %609
  %611 = icmp eq i64 %610, 0
  br i1 %611, label %612, label %1176

612:                                              ; preds = %601, %530
  %613 = getelementptr inbounds i8, ptr %0, i64 144
  %614 = tail call i32 @pb_lru_pop_free(ptr noundef nonnull %613, i32 noundef %7, i32 noundef %11) #11
  %615 = icmp eq i32 %614, -1
  br i1 %615, label %1176, label %616

616:                                              ; preds = %612
  %617 = getelementptr inbounds i8, ptr %0, i64 136
  %618 = load ptr, ptr %617, align 8, !tbaa !55
  %619 = getelementptr inbounds i8, ptr %0, i64 92
  %620 = load i32, ptr %619, align 4, !tbaa !46
  %621 = zext i32 %620 to i64
  %622 = zext i32 %614 to i64
  %623 = mul nuw i64 %621, %622
  %624 = getelementptr inbounds i8, ptr %618, i64 %623
  %625 = getelementptr inbounds i8, ptr %0, i64 8
  %626 = load i32, ptr %625, align 8, !tbaa !65
  %627 = zext i32 %626 to i64
  %628 = icmp ult i32 %626, 8
  br i1 %628, label %629, label %632

629:                                              ; preds = %632, %616
  %630 = phi i64 [ 0, %616 ], [ %633, %632 ]
  %631 = icmp ult i64 %630, %627
  br i1 %631, label %640, label %647

632:                                              ; preds = %616, %632
  %633 = phi i64 [ %638, %632 ], [ 8, %616 ]
  %634 = phi i64 [ %633, %632 ], [ 0, %616 ]
  %635 = getelementptr inbounds i8, ptr %624, i64 %634
  %636 = getelementptr inbounds i8, ptr %1, i64 %634
  %637 = load i64, ptr %636, align 1
  store i64 %637, ptr %635, align 1
  %638 = add nuw nsw i64 %633, 8
  %639 = icmp ugt i64 %638, %627
  br i1 %639, label %629, label %632, !llvm.loop !75

640:                                              ; preds = %629, %640
  %641 = phi i64 [ %645, %640 ], [ %630, %629 ]
  %642 = getelementptr inbounds i8, ptr %1, i64 %641
  %643 = load i8, ptr %642, align 1, !tbaa !68
  %644 = getelementptr inbounds i8, ptr %624, i64 %641
  store i8 %643, ptr %644, align 1, !tbaa !68
  %645 = add nuw nsw i64 %641, 1
  %646 = icmp eq i64 %645, %627
  br i1 %646, label %647, label %640, !llvm.loop !76

647:                                              ; preds = %640, %629
  %648 = getelementptr inbounds i8, ptr %0, i64 128
  %649 = load ptr, ptr %648, align 8, !tbaa !54
  %650 = getelementptr inbounds %struct.pb_hnode, ptr %649, i64 %622
  store i32 -1, ptr %650, align 4, !tbaa !63
  tail call fastcc void @init_value(ptr noundef nonnull %0, i32 noundef %614, ptr noundef readonly %2, i32 noundef %11, i32 noundef 0) #10
  %651 = getelementptr inbounds i8, ptr %0, i64 88
  %652 = load i32, ptr %651, align 8, !tbaa !45
  %653 = getelementptr inbounds i8, ptr %0, i64 120
  %654 = load ptr, ptr %653, align 8, !tbaa !53
  %655 = getelementptr inbounds i8, ptr %0, i64 80
  %656 = load i32, ptr %655, align 8, !tbaa !42
  %657 = add i32 %656, -1
  %658 = and i32 %657, %7
  %659 = zext i32 %658 to i64
  %660 = getelementptr inbounds i32, ptr %654, i64 %659
  %661 = load i32, ptr %660, align 4, !tbaa !56
  %662 = icmp eq i32 %661, -1
  %663 = icmp eq i32 %652, 0
  %664 = select i1 %662, i1 true, i1 %663
  br i1 %664, label %712, label %665

665:                                              ; preds = %647
  %666 = load ptr, ptr %648, align 8, !tbaa !54
  br label %667

667:                                              ; preds = %705, %665
  %668 = phi i32 [ %661, %665 ], [ %708, %705 ]
  %669 = phi i32 [ %652, %665 ], [ %707, %705 ]
  %670 = zext i32 %668 to i64
  %671 = getelementptr inbounds %struct.pb_hnode, ptr %666, i64 %670, i32 1
  %672 = load i32, ptr %671, align 4, !tbaa !59
  %673 = icmp eq i32 %672, %7
  br i1 %673, label %674, label %705

674:                                              ; preds = %667
  %675 = load ptr, ptr %617, align 8, !tbaa !55
  %676 = load i32, ptr %619, align 4, !tbaa !46
  %677 = zext i32 %676 to i64
  %678 = mul nuw i64 %677, %670
  %679 = getelementptr inbounds i8, ptr %675, i64 %678
  %680 = load i32, ptr %625, align 8, !tbaa !65
  %681 = zext i32 %680 to i64
  %682 = and i64 %681, 4294967288
  br label %683

683:                                              ; preds = %689, %674
  %684 = phi i64 [ 0, %674 ], [ %685, %689 ]
  %685 = add nuw nsw i64 %684, 8
  %686 = icmp ugt i64 %685, %681
  br i1 %686, label %687, label %689

687:                                              ; preds = %683
  %688 = icmp eq i64 %682, %681
  br i1 %688, label %712, label %698

689:                                              ; preds = %683
  %690 = getelementptr inbounds i8, ptr %679, i64 %684
  %691 = load i64, ptr %690, align 1
  %692 = getelementptr inbounds i8, ptr %1, i64 %684
  %693 = load i64, ptr %692, align 1
  %694 = icmp eq i64 %691, %693
  br i1 %694, label %683, label %705, !llvm.loop !66

695:                                              ; preds = %698
  %696 = add nuw nsw i64 %699, 1
  %697 = icmp eq i64 %696, %681
  br i1 %697, label %712, label %698, !llvm.loop !67

698:                                              ; preds = %687, %695
  %699 = phi i64 [ %696, %695 ], [ %682, %687 ]
  %700 = getelementptr inbounds i8, ptr %679, i64 %699
  %701 = load i8, ptr %700, align 1, !tbaa !68
  %702 = getelementptr inbounds i8, ptr %1, i64 %699
  %703 = load i8, ptr %702, align 1, !tbaa !68
  %704 = icmp eq i8 %701, %703
  br i1 %704, label %695, label %705

705:                                              ; preds = %689, %698, %667
  %706 = getelementptr inbounds %struct.pb_hnode, ptr %666, i64 %670
  %707 = add i32 %669, -1
  %708 = load i32, ptr %706, align 4, !tbaa !56
  %709 = icmp eq i32 %708, -1
  %710 = icmp eq i32 %707, 0
  %711 = select i1 %709, i1 true, i1 %710
  br i1 %711, label %712, label %667, !llvm.loop !69

712:                                              ; preds = %705, %687, %695, %647
  %713 = phi i32 [ -1, %647 ], [ %668, %695 ], [ -1, %705 ], [ %668, %687 ]
  %714 = icmp ne i32 %713, -1
  %715 = icmp eq i64 %3, 1
  %716 = and i1 %715, %714
  %717 = icmp eq i32 %713, -1
  %718 = icmp eq i64 %3, 2
  %719 = and i1 %718, %717
  %720 = select i1 %719, i64 -2, i64 0
  %721 = select i1 %716, i64 -17, i64 %720
  %722 = icmp eq i64 %721, 0
  br i1 %722, label %728, label %723

723:                                              ; preds = %712
  %724 = load i32, ptr %531, align 8, !tbaa !52
  %725 = and i32 %724, 1
  %726 = icmp eq i32 %725, 0
  br i1 %726, label %728, label %727

727:                                              ; preds = %723
  tail call void @pb_lru_push_free(ptr noundef nonnull %613, i32 noundef %614) #11
  br label %1176

728:                                              ; preds = %723, %712
  %729 = load ptr, ptr %648, align 8, !tbaa !54
  %730 = getelementptr inbounds %struct.pb_hnode, ptr %729, i64 %622, i32 1
  %731 = load i32, ptr %730, align 4, !tbaa !59
  %732 = and i32 %731, %657
  %733 = zext i32 %732 to i64
  %734 = getelementptr inbounds i32, ptr %654, i64 %733
  %735 = load i32, ptr %734, align 4, !tbaa !56
  %736 = getelementptr inbounds %struct.pb_hnode, ptr %729, i64 %622
  store i32 %735, ptr %736, align 4, !tbaa !63
  store i32 %614, ptr %734, align 4, !tbaa !56
  br i1 %717, label %772, label %737

737:                                              ; preds = %728
  %738 = getelementptr inbounds i8, ptr %736, i64 17
  %739 = load i8, ptr %738, align 1, !tbaa !70
  %740 = icmp eq i8 %739, 0
  br i1 %740, label %741, label %742

741:                                              ; preds = %737
  store i8 1, ptr %738, align 1, !tbaa !70
  br label %742

742:                                              ; preds = %741, %737
  %743 = zext i32 %713 to i64
  %744 = getelementptr inbounds %struct.pb_hnode, ptr %729, i64 %743, i32 1
  %745 = load i32, ptr %744, align 4, !tbaa !59
  %746 = load i32, ptr %655, align 8, !tbaa !42
  %747 = add i32 %746, -1
  %748 = and i32 %747, %745
  %749 = zext i32 %748 to i64
  %750 = getelementptr inbounds i32, ptr %654, i64 %749
  %751 = load i32, ptr %750, align 4, !tbaa !56
  %752 = icmp eq i32 %751, -1
  br i1 %752, label %771, label %753

753:                                              ; preds = %742
  %754 = load i32, ptr %651, align 8, !tbaa !45
  br label %755

755:                                              ; preds = %766, %753
  %756 = phi i32 [ %769, %766 ], [ %751, %753 ]
  %757 = phi i32 [ %759, %766 ], [ %754, %753 ]
  %758 = phi ptr [ %768, %766 ], [ %750, %753 ]
  %759 = add i32 %757, -1
  %760 = icmp eq i32 %757, 0
  br i1 %760, label %771, label %761

761:                                              ; preds = %755
  %762 = icmp eq i32 %756, %713
  br i1 %762, label %763, label %766

763:                                              ; preds = %761
  %764 = getelementptr inbounds %struct.pb_hnode, ptr %729, i64 %743
  %765 = load i32, ptr %764, align 4, !tbaa !63
  store i32 %765, ptr %758, align 4, !tbaa !56
  store i32 -1, ptr %764, align 4, !tbaa !63
  br label %771

766:                                              ; preds = %761
  %767 = zext i32 %756 to i64
  %768 = getelementptr inbounds %struct.pb_hnode, ptr %729, i64 %767
  %769 = load i32, ptr %768, align 4, !tbaa !56
  %770 = icmp eq i32 %769, -1
  br i1 %770, label %771, label %755, !llvm.loop !62

771:                                              ; preds = %766, %755, %763, %742
  tail call void @pb_lru_push_free(ptr noundef nonnull %613, i32 noundef %713) #11
  br label %1176

772:                                              ; preds = %728
  %773 = getelementptr inbounds i8, ptr %0, i64 72
  %774 = load i32, ptr %773, align 8, !tbaa !34
  %775 = add i32 %774, 1
  store i32 %775, ptr %773, align 8, !tbaa !34
  br label %1176

776:                                              ; preds = %6
  %777 = icmp ugt i64 %3, 2
  br i1 %777, label %1176, label %778

778:                                              ; preds = %776
  %779 = getelementptr inbounds i8, ptr %0, i64 112
  %780 = load i32, ptr %779, align 8, !tbaa !52
  %781 = and i32 %780, 1
  %782 = icmp eq i32 %781, 0
  br i1 %782, label %783, label %860

783:                                              ; preds = %778
  %784 = getelementptr inbounds i8, ptr %0, i64 88
  %785 = load i32, ptr %784, align 8, !tbaa !45
  %786 = getelementptr inbounds i8, ptr %0, i64 120
  %787 = load ptr, ptr %786, align 8, !tbaa !53
  %788 = getelementptr inbounds i8, ptr %0, i64 80
  %789 = load i32, ptr %788, align 8, !tbaa !42
  %790 = add i32 %789, -1
  %791 = and i32 %790, %7
  %792 = zext i32 %791 to i64
  %793 = getelementptr inbounds i32, ptr %787, i64 %792
  %794 = load i32, ptr %793, align 4, !tbaa !56
  %795 = icmp eq i32 %794, -1
  %796 = icmp eq i32 %785, 0
  %797 = select i1 %795, i1 true, i1 %796
  br i1 %797, label %849, label %798

798:                                              ; preds = %783
  %799 = getelementptr inbounds i8, ptr %0, i64 128
  %800 = load ptr, ptr %799, align 8, !tbaa !54
  %801 = getelementptr inbounds i8, ptr %0, i64 136
  %802 = getelementptr inbounds i8, ptr %0, i64 92
  %803 = getelementptr inbounds i8, ptr %0, i64 8
  br label %804

804:                                              ; preds = %842, %798
  %805 = phi i32 [ %794, %798 ], [ %845, %842 ]
  %806 = phi i32 [ %785, %798 ], [ %844, %842 ]
  %807 = zext i32 %805 to i64
  %808 = getelementptr inbounds %struct.pb_hnode, ptr %800, i64 %807, i32 1
  %809 = load i32, ptr %808, align 4, !tbaa !59
  %810 = icmp eq i32 %809, %7
  br i1 %810, label %811, label %842

811:                                              ; preds = %804
  %812 = load ptr, ptr %801, align 8, !tbaa !55
  %813 = load i32, ptr %802, align 4, !tbaa !46
  %814 = zext i32 %813 to i64
  %815 = mul nuw i64 %814, %807
  %816 = getelementptr inbounds i8, ptr %812, i64 %815
  %817 = load i32, ptr %803, align 8, !tbaa !65
  %818 = zext i32 %817 to i64
  %819 = and i64 %818, 4294967288
  br label %820

820:                                              ; preds = %826, %811
  %821 = phi i64 [ 0, %811 ], [ %822, %826 ]
  %822 = add nuw nsw i64 %821, 8
  %823 = icmp ugt i64 %822, %818
  br i1 %823, label %824, label %826

824:                                              ; preds = %820
  %825 = icmp eq i64 %819, %818
  br i1 %825, label %849, label %835

826:                                              ; preds = %820
  %827 = getelementptr inbounds i8, ptr %816, i64 %821
  %828 = load i64, ptr %827, align 1
  %829 = getelementptr inbounds i8, ptr %1, i64 %821
  %830 = load i64, ptr %829, align 1
  %831 = icmp eq i64 %828, %830
  br i1 %831, label %820, label %842, !llvm.loop !66

832:                                              ; preds = %835
  %833 = add nuw nsw i64 %836, 1
  %834 = icmp eq i64 %833, %818
  br i1 %834, label %849, label %835, !llvm.loop !67

835:                                              ; preds = %824, %832
  %836 = phi i64 [ %833, %832 ], [ %819, %824 ]
  %837 = getelementptr inbounds i8, ptr %816, i64 %836
  %838 = load i8, ptr %837, align 1, !tbaa !68
  %839 = getelementptr inbounds i8, ptr %1, i64 %836
  %840 = load i8, ptr %839, align 1, !tbaa !68
  %841 = icmp eq i8 %838, %840
  br i1 %841, label %832, label %842

842:                                              ; preds = %826, %835, %804
  %843 = getelementptr inbounds %struct.pb_hnode, ptr %800, i64 %807
  %844 = add i32 %806, -1
  %845 = load i32, ptr %843, align 4, !tbaa !56
  %846 = icmp eq i32 %845, -1
  %847 = icmp eq i32 %844, 0
  %848 = select i1 %846, i1 true, i1 %847
  br i1 %848, label %849, label %804, !llvm.loop !69

849:                                              ; preds = %842, %824, %832, %783
  %850 = phi i32 [ -1, %783 ], [ %805, %832 ], [ -1, %842 ], [ %805, %824 ]
  %851 = icmp ne i32 %850, -1
  %852 = icmp eq i64 %3, 1
  %853 = and i1 %852, %851
  %854 = icmp eq i32 %850, -1
  %855 = icmp eq i64 %3, 2
  %856 = and i1 %855, %854
  %857 = select i1 %856, i64 -2, i64 0
  %858 = select i1 %853, i64 -17, i64 %857
  %859 = icmp eq i64 %858, 0
  br i1 %859, label %860, label %1176

860:                                              ; preds = %849, %778
  %861 = icmp eq i64 %3, 2
  br i1 %861, label %901, label %862

862:                                              ; preds = %860
  %863 = getelementptr inbounds i8, ptr %0, i64 144
  %864 = tail call i32 @pb_lru_pop_free(ptr noundef nonnull %863, i32 noundef %7, i32 noundef %11) #11
  %865 = icmp eq i32 %864, -1
  br i1 %865, label %1176, label %866

866:                                              ; preds = %862
  %867 = getelementptr inbounds i8, ptr %0, i64 136
  %868 = load ptr, ptr %867, align 8, !tbaa !55
  %869 = getelementptr inbounds i8, ptr %0, i64 92
  %870 = load i32, ptr %869, align 4, !tbaa !46
  %871 = zext i32 %870 to i64
  %872 = zext i32 %864 to i64
  %873 = mul nuw i64 %871, %872
  %874 = getelementptr inbounds i8, ptr %868, i64 %873
  %875 = getelementptr inbounds i8, ptr %0, i64 8
  %876 = load i32, ptr %875, align 8, !tbaa !65
  %877 = zext i32 %876 to i64
  %878 = icmp ult i32 %876, 8
  br i1 %878, label %879, label %882

879:                                              ; preds = %882, %866
  %880 = phi i64 [ 0, %866 ], [ %883, %882 ]
  %881 = icmp ult i64 %880, %877
  br i1 %881, label %890, label %897

882:                                              ; preds = %866, %882
  %883 = phi i64 [ %888, %882 ], [ 8, %866 ]
  %884 = phi i64 [ %883, %882 ], [ 0, %866 ]
  %885 = getelementptr inbounds i8, ptr %874, i64 %884
  %886 = getelementptr inbounds i8, ptr %1, i64 %884
  %887 = load i64, ptr %886, align 1
  store i64 %887, ptr %885, align 1
  %888 = add nuw nsw i64 %883, 8
  %889 = icmp ugt i64 %888, %877
  br i1 %889, label %879, label %882, !llvm.loop !75

890:                                              ; preds = %879, %890
  %891 = phi i64 [ %895, %890 ], [ %880, %879 ]
  %892 = getelementptr inbounds i8, ptr %1, i64 %891
  %893 = load i8, ptr %892, align 1, !tbaa !68
  %894 = getelementptr inbounds i8, ptr %874, i64 %891
  store i8 %893, ptr %894, align 1, !tbaa !68
  %895 = add nuw nsw i64 %891, 1
  %896 = icmp eq i64 %895, %877
  br i1 %896, label %897, label %890, !llvm.loop !76

897:                                              ; preds = %890, %879
  %898 = getelementptr inbounds i8, ptr %0, i64 128
  %899 = load ptr, ptr %898, align 8, !tbaa !54
  %900 = getelementptr inbounds %struct.pb_hnode, ptr %899, i64 %872
  store i32 -1, ptr %900, align 4, !tbaa !63
  br label %901

901:                                              ; preds = %897, %860
  %902 = phi i32 [ %864, %897 ], [ -1, %860 ]
  %903 = getelementptr inbounds i8, ptr %0, i64 88
  %904 = load i32, ptr %903, align 8, !tbaa !45
  %905 = getelementptr inbounds i8, ptr %0, i64 120
  %906 = load ptr, ptr %905, align 8, !tbaa !53
  %907 = getelementptr inbounds i8, ptr %0, i64 80
  %908 = load i32, ptr %907, align 8, !tbaa !42
  %909 = add i32 %908, -1
  %910 = and i32 %909, %7
  %911 = zext i32 %910 to i64
  %912 = getelementptr inbounds i32, ptr %906, i64 %911
  %913 = load i32, ptr %912, align 4, !tbaa !56
  %914 = icmp eq i32 %913, -1
  %915 = icmp eq i32 %904, 0
  %916 = select i1 %914, i1 true, i1 %915
  br i1 %916, label %968, label %917

917:                                              ; preds = %901
  %918 = getelementptr inbounds i8, ptr %0, i64 128
  %919 = load ptr, ptr %918, align 8, !tbaa !54
  %920 = getelementptr inbounds i8, ptr %0, i64 136
  %921 = getelementptr inbounds i8, ptr %0, i64 92
  %922 = getelementptr inbounds i8, ptr %0, i64 8
  br label %923

923:                                              ; preds = %961, %917
  %924 = phi i32 [ %913, %917 ], [ %964, %961 ]
  %925 = phi i32 [ %904, %917 ], [ %963, %961 ]
  %926 = zext i32 %924 to i64
  %927 = getelementptr inbounds %struct.pb_hnode, ptr %919, i64 %926, i32 1
  %928 = load i32, ptr %927, align 4, !tbaa !59
  %929 = icmp eq i32 %928, %7
  br i1 %929, label %930, label %961

930:                                              ; preds = %923
  %931 = load ptr, ptr %920, align 8, !tbaa !55
  %932 = load i32, ptr %921, align 4, !tbaa !46
  %933 = zext i32 %932 to i64
  %934 = mul nuw i64 %933, %926
  %935 = getelementptr inbounds i8, ptr %931, i64 %934
  %936 = load i32, ptr %922, align 8, !tbaa !65
  %937 = zext i32 %936 to i64
  %938 = and i64 %937, 4294967288
  br label %939

939:                                              ; preds = %945, %930
  %940 = phi i64 [ 0, %930 ], [ %941, %945 ]
  %941 = add nuw nsw i64 %940, 8
  %942 = icmp ugt i64 %941, %937
  br i1 %942, label %943, label %945

943:                                              ; preds = %939
  %944 = icmp eq i64 %938, %937
  br i1 %944, label %968, label %954

945:                                              ; preds = %939
  %946 = getelementptr inbounds i8, ptr %935, i64 %940
  %947 = load i64, ptr %946, align 1
  %948 = getelementptr inbounds i8, ptr %1, i64 %940
  %949 = load i64, ptr %948, align 1
  %950 = icmp eq i64 %947, %949
  br i1 %950, label %939, label %961, !llvm.loop !66

951:                                              ; preds = %954
  %952 = add nuw nsw i64 %955, 1
  %953 = icmp eq i64 %952, %937
  br i1 %953, label %968, label %954, !llvm.loop !67

954:                                              ; preds = %943, %951
  %955 = phi i64 [ %952, %951 ], [ %938, %943 ]
  %956 = getelementptr inbounds i8, ptr %935, i64 %955
  %957 = load i8, ptr %956, align 1, !tbaa !68
  %958 = getelementptr inbounds i8, ptr %1, i64 %955
  %959 = load i8, ptr %958, align 1, !tbaa !68
  %960 = icmp eq i8 %957, %959
  br i1 %960, label %951, label %961

961:                                              ; preds = %945, %954, %923
  %962 = getelementptr inbounds %struct.pb_hnode, ptr %919, i64 %926
  %963 = add i32 %925, -1
  %964 = load i32, ptr %962, align 4, !tbaa !56
  %965 = icmp eq i32 %964, -1
  %966 = icmp eq i32 %963, 0
  %967 = select i1 %965, i1 true, i1 %966
  br i1 %967, label %968, label %923, !llvm.loop !69

968:                                              ; preds = %961, %943, %951, %901
  %969 = phi i32 [ -1, %901 ], [ %924, %951 ], [ -1, %961 ], [ %924, %943 ]
  %970 = icmp ne i32 %969, -1
  %971 = icmp eq i64 %3, 1
  %972 = and i1 %971, %970
  %973 = icmp eq i32 %969, -1
  %974 = and i1 %861, %973
  %975 = select i1 %974, i64 -2, i64 0
  %976 = select i1 %972, i64 -17, i64 %975
  %977 = icmp eq i64 %976, 0
  br i1 %977, label %978, label %1005

978:                                              ; preds = %968
  br i1 %973, label %988, label %979

979:                                              ; preds = %978
  %980 = getelementptr inbounds i8, ptr %0, i64 128
  %981 = load ptr, ptr %980, align 8, !tbaa !54
  %982 = zext i32 %969 to i64
  %983 = getelementptr inbounds %struct.pb_hnode, ptr %981, i64 %982, i32 5
  %984 = load i8, ptr %983, align 1, !tbaa !70
  %985 = icmp eq i8 %984, 0
  br i1 %985, label %986, label %987

986:                                              ; preds = %979
  store i8 1, ptr %983, align 1, !tbaa !70
  br label %987

987:                                              ; preds = %986, %979
  tail call fastcc void @copy_in_place(ptr noundef nonnull %0, i32 noundef %969, ptr noundef readonly %2, i32 noundef %11, i32 noundef %5) #10
  br label %1005

988:                                              ; preds = %978
  tail call fastcc void @init_value(ptr noundef %0, i32 noundef %902, ptr noundef readonly %2, i32 noundef %11, i32 noundef %5) #10
  %989 = getelementptr inbounds i8, ptr %0, i64 128
  %990 = load ptr, ptr %989, align 8, !tbaa !54
  %991 = zext i32 %902 to i64
  %992 = getelementptr inbounds %struct.pb_hnode, ptr %990, i64 %991, i32 1
  %993 = load i32, ptr %992, align 4, !tbaa !59
  %994 = load ptr, ptr %905, align 8, !tbaa !53
  %995 = load i32, ptr %907, align 8, !tbaa !42
  %996 = add i32 %995, -1
  %997 = and i32 %996, %993
  %998 = zext i32 %997 to i64
  %999 = getelementptr inbounds i32, ptr %994, i64 %998
  %1000 = load i32, ptr %999, align 4, !tbaa !56
  %1001 = getelementptr inbounds %struct.pb_hnode, ptr %990, i64 %991
  store i32 %1000, ptr %1001, align 4, !tbaa !63
  store i32 %902, ptr %999, align 4, !tbaa !56
  %1002 = getelementptr inbounds i8, ptr %0, i64 72
  %1003 = load i32, ptr %1002, align 8, !tbaa !34
  %1004 = add i32 %1003, 1
  store i32 %1004, ptr %1002, align 8, !tbaa !34
  br label %1176

1005:                                             ; preds = %987, %968
  %1006 = icmp eq i32 %902, -1
  br i1 %1006, label %1176, label %1007

1007:                                             ; preds = %1005
  %1008 = getelementptr inbounds i8, ptr %0, i64 144
  tail call void @pb_lru_push_free(ptr noundef nonnull %1008, i32 noundef %902) #11
  br label %1176

1009:                                             ; preds = %6
  %1010 = icmp ugt i64 %3, 2
  br i1 %1010, label %1176, label %1011

1011:                                             ; preds = %1009
  %1012 = getelementptr inbounds i8, ptr %0, i64 88
  %1013 = load i32, ptr %1012, align 8, !tbaa !45
  %1014 = getelementptr inbounds i8, ptr %0, i64 120
  %1015 = load ptr, ptr %1014, align 8, !tbaa !53
  %1016 = getelementptr inbounds i8, ptr %0, i64 80
  %1017 = load i32, ptr %1016, align 8, !tbaa !42
  %1018 = add i32 %1017, -1
  %1019 = and i32 %1018, %7
  %1020 = zext i32 %1019 to i64
  %1021 = getelementptr inbounds i32, ptr %1015, i64 %1020
  %1022 = load i32, ptr %1021, align 4, !tbaa !56
  %1023 = icmp eq i32 %1022, -1
  %1024 = icmp eq i32 %1013, 0
  %1025 = select i1 %1023, i1 true, i1 %1024
  br i1 %1025, label %1077, label %1026

1026:                                             ; preds = %1011
  %1027 = getelementptr inbounds i8, ptr %0, i64 128
  %1028 = load ptr, ptr %1027, align 8, !tbaa !54
  %1029 = getelementptr inbounds i8, ptr %0, i64 136
  %1030 = getelementptr inbounds i8, ptr %0, i64 92
  %1031 = getelementptr inbounds i8, ptr %0, i64 8
  br label %1032

1032:                                             ; preds = %1070, %1026
  %1033 = phi i32 [ %1022, %1026 ], [ %1073, %1070 ]
  %1034 = phi i32 [ %1013, %1026 ], [ %1072, %1070 ]
  %1035 = zext i32 %1033 to i64
  %1036 = getelementptr inbounds %struct.pb_hnode, ptr %1028, i64 %1035, i32 1
  %1037 = load i32, ptr %1036, align 4, !tbaa !59
  %1038 = icmp eq i32 %1037, %7
  br i1 %1038, label %1039, label %1070

1039:                                             ; preds = %1032
  %1040 = load ptr, ptr %1029, align 8, !tbaa !55
  %1041 = load i32, ptr %1030, align 4, !tbaa !46
  %1042 = zext i32 %1041 to i64
  %1043 = mul nuw i64 %1042, %1035
  %1044 = getelementptr inbounds i8, ptr %1040, i64 %1043
  %1045 = load i32, ptr %1031, align 8, !tbaa !65
  %1046 = zext i32 %1045 to i64
  %1047 = and i64 %1046, 4294967288
  br label %1048

1048:                                             ; preds = %1054, %1039
  %1049 = phi i64 [ 0, %1039 ], [ %1050, %1054 ]
  %1050 = add nuw nsw i64 %1049, 8
  %1051 = icmp ugt i64 %1050, %1046
  br i1 %1051, label %1052, label %1054

1052:                                             ; preds = %1048
  %1053 = icmp eq i64 %1047, %1046
  br i1 %1053, label %1077, label %1063

1054:                                             ; preds = %1048
  %1055 = getelementptr inbounds i8, ptr %1044, i64 %1049
  %1056 = load i64, ptr %1055, align 1
  %1057 = getelementptr inbounds i8, ptr %1, i64 %1049
  %1058 = load i64, ptr %1057, align 1
  %1059 = icmp eq i64 %1056, %1058
  br i1 %1059, label %1048, label %1070, !llvm.loop !66

1060:                                             ; preds = %1063
  %1061 = add nuw nsw i64 %1064, 1
  %1062 = icmp eq i64 %1061, %1046
  br i1 %1062, label %1077, label %1063, !llvm.loop !67

1063:                                             ; preds = %1052, %1060
  %1064 = phi i64 [ %1061, %1060 ], [ %1047, %1052 ]
  %1065 = getelementptr inbounds i8, ptr %1044, i64 %1064
  %1066 = load i8, ptr %1065, align 1, !tbaa !68
  %1067 = getelementptr inbounds i8, ptr %1, i64 %1064
  %1068 = load i8, ptr %1067, align 1, !tbaa !68
  %1069 = icmp eq i8 %1066, %1068
  br i1 %1069, label %1060, label %1070

1070:                                             ; preds = %1054, %1063, %1032
  %1071 = getelementptr inbounds %struct.pb_hnode, ptr %1028, i64 %1035
  %1072 = add i32 %1034, -1
  %1073 = load i32, ptr %1071, align 4, !tbaa !56
  %1074 = icmp eq i32 %1073, -1
  %1075 = icmp eq i32 %1072, 0
  %1076 = select i1 %1074, i1 true, i1 %1075
  br i1 %1076, label %1077, label %1032, !llvm.loop !69

1077:                                             ; preds = %1070, %1052, %1060, %1011
  %1078 = phi i32 [ -1, %1011 ], [ %1033, %1060 ], [ -1, %1070 ], [ %1033, %1052 ]
  %1079 = icmp ne i32 %1078, -1
  %1080 = icmp eq i64 %3, 1
  %1081 = and i1 %1080, %1079
  %1082 = icmp eq i32 %1078, -1
  %1083 = icmp eq i64 %3, 2
  %1084 = and i1 %1083, %1082
  %1085 = select i1 %1084, i64 -2, i64 0
  %1086 = select i1 %1081, i64 -17, i64 %1085
  %1087 = icmp eq i64 %1086, 0
  br i1 %1087, label %1088, label %1176

1088:                                             ; preds = %1077
  br i1 %1082, label %1104, label %1089

1089:                                             ; preds = %1088
  %1090 = getelementptr inbounds i8, ptr %0, i64 108
  %1091 = load i32, ptr %1090, align 4, !tbaa !50
  %1092 = icmp eq i32 %1091, 0
  br i1 %1092, label %1094, label %1093

1093:                                             ; preds = %1089
  tail call fastcc void @copy_in_place(ptr noundef nonnull %0, i32 noundef %1078, ptr noundef readonly %2, i32 noundef %11, i32 noundef %5) #10
  br label %1176

1094:                                             ; preds = %1089
  %1095 = getelementptr inbounds i8, ptr %0, i64 56
  %1096 = load ptr, ptr %1095, align 8, !tbaa !40
  %1097 = getelementptr inbounds i8, ptr %0, i64 76
  %1098 = load i32, ptr %1097, align 4, !tbaa !39
  %1099 = zext i32 %1098 to i64
  %1100 = zext i32 %1078 to i64
  %1101 = mul nuw i64 %1099, %1100
  %1102 = getelementptr inbounds i8, ptr %1096, i64 %1101
  %1103 = load i64, ptr %2, align 1
  store i64 %1103, ptr %1102, align 1
  br label %1176

1104:                                             ; preds = %1088
  %1105 = getelementptr inbounds i8, ptr %0, i64 72
  %1106 = load i32, ptr %1105, align 8, !tbaa !34
  %1107 = getelementptr inbounds i8, ptr %0, i64 16
  %1108 = load i32, ptr %1107, align 8, !tbaa !23
  %1109 = icmp ult i32 %1106, %1108
  br i1 %1109, label %1110, label %1176

1110:                                             ; preds = %1104
  %1111 = getelementptr inbounds i8, ptr %0, i64 96
  %1112 = load i32, ptr %1111, align 8, !tbaa !47
  %1113 = icmp eq i32 %1112, -1
  br i1 %1113, label %1120, label %1114

1114:                                             ; preds = %1110
  %1115 = getelementptr inbounds i8, ptr %0, i64 128
  %1116 = load ptr, ptr %1115, align 8, !tbaa !54
  %1117 = zext i32 %1112 to i64
  %1118 = getelementptr inbounds %struct.pb_hnode, ptr %1116, i64 %1117
  %1119 = load i32, ptr %1118, align 4, !tbaa !63
  store i32 %1119, ptr %1111, align 8, !tbaa !47
  br label %1127

1120:                                             ; preds = %1110
  %1121 = getelementptr inbounds i8, ptr %0, i64 100
  %1122 = load i32, ptr %1121, align 4, !tbaa !48
  %1123 = icmp ult i32 %1122, %1013
  br i1 %1123, label %1124, label %1176

1124:                                             ; preds = %1120
  %1125 = add nuw i32 %1122, 1
  store i32 %1125, ptr %1121, align 4, !tbaa !48
  %1126 = zext i32 %1122 to i64
  br label %1127

1127:                                             ; preds = %1124, %1114
  %1128 = phi i64 [ %1117, %1114 ], [ %1126, %1124 ]
  %1129 = phi i32 [ %1112, %1114 ], [ %1122, %1124 ]
  %1130 = getelementptr inbounds i8, ptr %0, i64 136
  %1131 = load ptr, ptr %1130, align 8, !tbaa !55
  %1132 = getelementptr inbounds i8, ptr %0, i64 92
  %1133 = load i32, ptr %1132, align 4, !tbaa !46
  %1134 = zext i32 %1133 to i64
  %1135 = mul nuw i64 %1128, %1134
  %1136 = getelementptr inbounds i8, ptr %1131, i64 %1135
  %1137 = getelementptr inbounds i8, ptr %0, i64 8
  %1138 = load i32, ptr %1137, align 8, !tbaa !21
  %1139 = zext i32 %1138 to i64
  %1140 = icmp ult i32 %1138, 8
  br i1 %1140, label %1141, label %1144

1141:                                             ; preds = %1144, %1127
  %1142 = phi i64 [ 0, %1127 ], [ %1145, %1144 ]
  %1143 = icmp ult i64 %1142, %1139
  br i1 %1143, label %1152, label %1159

1144:                                             ; preds = %1127, %1144
  %1145 = phi i64 [ %1150, %1144 ], [ 8, %1127 ]
  %1146 = phi i64 [ %1145, %1144 ], [ 0, %1127 ]
  %1147 = getelementptr inbounds i8, ptr %1136, i64 %1146
  %1148 = getelementptr inbounds i8, ptr %1, i64 %1146
  %1149 = load i64, ptr %1148, align 1
  store i64 %1149, ptr %1147, align 1
  %1150 = add nuw nsw i64 %1145, 8
  %1151 = icmp ugt i64 %1150, %1139
  br i1 %1151, label %1141, label %1144, !llvm.loop !75

1152:                                             ; preds = %1141, %1152
  %1153 = phi i64 [ %1157, %1152 ], [ %1142, %1141 ]
  %1154 = getelementptr inbounds i8, ptr %1, i64 %1153
  %1155 = load i8, ptr %1154, align 1, !tbaa !68
  %1156 = getelementptr inbounds i8, ptr %1136, i64 %1153
  store i8 %1155, ptr %1156, align 1, !tbaa !68
  %1157 = add nuw nsw i64 %1153, 1
  %1158 = icmp eq i64 %1157, %1139
  br i1 %1158, label %1159, label %1152, !llvm.loop !76

1159:                                             ; preds = %1152, %1141
  %1160 = getelementptr inbounds i8, ptr %0, i64 128
  %1161 = load ptr, ptr %1160, align 8, !tbaa !54
  %1162 = getelementptr inbounds %struct.pb_hnode, ptr %1161, i64 %1128, i32 1
  store i32 %7, ptr %1162, align 4, !tbaa !59
  tail call fastcc void @init_value(ptr noundef %0, i32 noundef %1129, ptr noundef readonly %2, i32 noundef %11, i32 noundef %5) #10
  %1163 = load ptr, ptr %1160, align 8, !tbaa !54
  %1164 = getelementptr inbounds %struct.pb_hnode, ptr %1163, i64 %1128, i32 1
  %1165 = load i32, ptr %1164, align 4, !tbaa !59
  %1166 = load ptr, ptr %1014, align 8, !tbaa !53
  %1167 = load i32, ptr %1016, align 8, !tbaa !42
  %1168 = add i32 %1167, -1
  %1169 = and i32 %1168, %1165
  %1170 = zext i32 %1169 to i64
  %1171 = getelementptr inbounds i32, ptr %1166, i64 %1170
  %1172 = load i32, ptr %1171, align 4, !tbaa !56
  %1173 = getelementptr inbounds %struct.pb_hnode, ptr %1163, i64 %1128
  store i32 %1172, ptr %1173, align 4, !tbaa !63
  store i32 %1129, ptr %1171, align 4, !tbaa !56
  %1174 = load i32, ptr %1105, align 8, !tbaa !34
  %1175 = add i32 %1174, 1
  store i32 %1175, ptr %1105, align 8, !tbaa !34
  br label %1176

1176:                                             ; preds = %125, %1159, %1120, %1104, %1094, %1093, %1077, %1009, %1007, %1005, %988, %862, %849, %776, %772, %771, %727, %612, %601, %528, %516, %403, %385, %379, %311, %307, %304, %221, %205, %203, %90, %20, %14
  %1177 = phi i64 [ -22, %14 ], [ -22, %20 ], [ %99, %90 ], [ -7, %205 ], [ 0, %307 ], [ 0, %304 ], [ 0, %203 ], [ -7, %221 ], [ 0, %516 ], [ -22, %311 ], [ -17, %379 ], [ -7, %385 ], [ -7, %403 ], [ %721, %727 ], [ -22, %528 ], [ %610, %601 ], [ 0, %772 ], [ 0, %771 ], [ -12, %612 ], [ -22, %776 ], [ %858, %849 ], [ %976, %1007 ], [ %976, %1005 ], [ 0, %988 ], [ -12, %862 ], [ 0, %1159 ], [ -22, %1009 ], [ %1086, %1077 ], [ 0, %1094 ], [ 0, %1093 ], [ -7, %1104 ], [ -7, %1120 ], [ -35, %125 ]
  ret i64 %1177
}

; Function Attrs: nounwind
define dso_local range(i64 -2, 1) i64 @pb_htab_delete(ptr noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #0 {
  %3 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %4 = getelementptr inbounds i8, ptr %0, i64 88
  %5 = load i32, ptr %4, align 8, !tbaa !45
  %6 = getelementptr inbounds i8, ptr %0, i64 120
  %7 = load ptr, ptr %6, align 8, !tbaa !53
  %8 = getelementptr inbounds i8, ptr %0, i64 80
  %9 = load i32, ptr %8, align 8, !tbaa !42
  %10 = add i32 %9, -1
  %11 = and i32 %10, %3
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr %7, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !56
  %15 = icmp eq i32 %14, -1
  %16 = icmp eq i32 %5, 0
  %17 = select i1 %15, i1 true, i1 %16
  br i1 %17, label %100, label %18

18:                                               ; preds = %2
  %19 = getelementptr inbounds i8, ptr %0, i64 128
  %20 = load ptr, ptr %19, align 8, !tbaa !54
  %21 = getelementptr inbounds i8, ptr %0, i64 136
  %22 = getelementptr inbounds i8, ptr %0, i64 92
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  br label %24

24:                                               ; preds = %62, %18
  %25 = phi i32 [ %14, %18 ], [ %65, %62 ]
  %26 = phi i32 [ %5, %18 ], [ %64, %62 ]
  %27 = zext i32 %25 to i64
  %28 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27, i32 1
  %29 = load i32, ptr %28, align 4, !tbaa !59
  %30 = icmp eq i32 %29, %3
  br i1 %30, label %31, label %62

31:                                               ; preds = %24
  %32 = load ptr, ptr %21, align 8, !tbaa !55
  %33 = load i32, ptr %22, align 4, !tbaa !46
  %34 = zext i32 %33 to i64
  %35 = mul nuw i64 %34, %27
  %36 = getelementptr inbounds i8, ptr %32, i64 %35
  %37 = load i32, ptr %23, align 8, !tbaa !65
  %38 = zext i32 %37 to i64
  %39 = and i64 %38, 4294967288
  br label %40

40:                                               ; preds = %46, %31
  %41 = phi i64 [ 0, %31 ], [ %42, %46 ]
  %42 = add nuw nsw i64 %41, 8
  %43 = icmp ugt i64 %42, %38
  br i1 %43, label %44, label %46

44:                                               ; preds = %40
  %45 = icmp eq i64 %39, %38
  br i1 %45, label %69, label %55

46:                                               ; preds = %40
  %47 = getelementptr inbounds i8, ptr %36, i64 %41
  %48 = load i64, ptr %47, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 %41
  %50 = load i64, ptr %49, align 1
  %51 = icmp eq i64 %48, %50
  br i1 %51, label %40, label %62, !llvm.loop !66

52:                                               ; preds = %55
  %53 = add nuw nsw i64 %56, 1
  %54 = icmp eq i64 %53, %38
  br i1 %54, label %69, label %55, !llvm.loop !67

55:                                               ; preds = %44, %52
  %56 = phi i64 [ %53, %52 ], [ %39, %44 ]
  %57 = getelementptr inbounds i8, ptr %36, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !68
  %59 = getelementptr inbounds i8, ptr %1, i64 %56
  %60 = load i8, ptr %59, align 1, !tbaa !68
  %61 = icmp eq i8 %58, %60
  br i1 %61, label %52, label %62

62:                                               ; preds = %46, %55, %24
  %63 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27
  %64 = add i32 %26, -1
  %65 = load i32, ptr %63, align 4, !tbaa !56
  %66 = icmp eq i32 %65, -1
  %67 = icmp eq i32 %64, 0
  %68 = select i1 %66, i1 true, i1 %67
  br i1 %68, label %100, label %24, !llvm.loop !69

69:                                               ; preds = %44, %52
  %70 = icmp eq i32 %25, -1
  br i1 %70, label %100, label %71

71:                                               ; preds = %69, %82
  %72 = phi i32 [ %85, %82 ], [ %14, %69 ]
  %73 = phi i32 [ %75, %82 ], [ %5, %69 ]
  %74 = phi ptr [ %84, %82 ], [ %13, %69 ]
  %75 = add i32 %73, -1
  %76 = icmp eq i32 %73, 0
  br i1 %76, label %87, label %77

77:                                               ; preds = %71
  %78 = icmp eq i32 %72, %25
  br i1 %78, label %79, label %82

79:                                               ; preds = %77
  %80 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27
  %81 = load i32, ptr %80, align 4, !tbaa !63
  store i32 %81, ptr %74, align 4, !tbaa !56
  store i32 -1, ptr %80, align 4, !tbaa !63
  br label %87

82:                                               ; preds = %77
  %83 = zext i32 %72 to i64
  %84 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !56
  %86 = icmp eq i32 %85, -1
  br i1 %86, label %87, label %71, !llvm.loop !62

87:                                               ; preds = %71, %82, %79
  %88 = getelementptr inbounds i8, ptr %0, i64 72
  %89 = load i32, ptr %88, align 8, !tbaa !34
  %90 = add i32 %89, -1
  store i32 %90, ptr %88, align 8, !tbaa !34
  %91 = getelementptr inbounds i8, ptr %0, i64 104
  %92 = load i32, ptr %91, align 8, !tbaa !49
  %93 = icmp eq i32 %92, 0
  br i1 %93, label %96, label %94

94:                                               ; preds = %87
  %95 = getelementptr inbounds i8, ptr %0, i64 144
  tail call void @pb_lru_push_free(ptr noundef nonnull %95, i32 noundef %25) #11
  br label %100

96:                                               ; preds = %87
  %97 = getelementptr inbounds i8, ptr %0, i64 96
  %98 = load i32, ptr %97, align 8, !tbaa !47
  %99 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27
  store i32 %98, ptr %99, align 4, !tbaa !63
  store i32 %25, ptr %97, align 8, !tbaa !47
  br label %100

100:                                              ; preds = %62, %2, %96, %94, %69
  %101 = phi i64 [ -2, %69 ], [ 0, %94 ], [ 0, %96 ], [ -2, %2 ], [ -2, %62 ]
  ret i64 %101
}

; Function Attrs: nounwind
define dso_local noundef i64 @pb_htab_lookup_and_delete(ptr noundef %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2, i64 noundef %3) local_unnamed_addr #0 {
  %5 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %6 = getelementptr inbounds i8, ptr %0, i64 88
  %7 = load i32, ptr %6, align 8, !tbaa !45
  %8 = getelementptr inbounds i8, ptr %0, i64 120
  %9 = load ptr, ptr %8, align 8, !tbaa !53
  %10 = getelementptr inbounds i8, ptr %0, i64 80
  %11 = load i32, ptr %10, align 8, !tbaa !42
  %12 = add i32 %11, -1
  %13 = and i32 %12, %5
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %9, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !56
  %17 = icmp eq i32 %16, -1
  %18 = icmp eq i32 %7, 0
  %19 = select i1 %17, i1 true, i1 %18
  br i1 %19, label %119, label %20

20:                                               ; preds = %4
  %21 = getelementptr inbounds i8, ptr %0, i64 128
  %22 = load ptr, ptr %21, align 8, !tbaa !54
  %23 = getelementptr inbounds i8, ptr %0, i64 136
  %24 = getelementptr inbounds i8, ptr %0, i64 92
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  br label %26

26:                                               ; preds = %64, %20
  %27 = phi i32 [ %16, %20 ], [ %67, %64 ]
  %28 = phi i32 [ %7, %20 ], [ %66, %64 ]
  %29 = zext i32 %27 to i64
  %30 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !59
  %32 = icmp eq i32 %31, %5
  br i1 %32, label %33, label %64

33:                                               ; preds = %26
  %34 = load ptr, ptr %23, align 8, !tbaa !55
  %35 = load i32, ptr %24, align 4, !tbaa !46
  %36 = zext i32 %35 to i64
  %37 = mul nuw i64 %36, %29
  %38 = getelementptr inbounds i8, ptr %34, i64 %37
  %39 = load i32, ptr %25, align 8, !tbaa !65
  %40 = zext i32 %39 to i64
  %41 = and i64 %40, 4294967288
  br label %42

42:                                               ; preds = %48, %33
  %43 = phi i64 [ 0, %33 ], [ %44, %48 ]
  %44 = add nuw nsw i64 %43, 8
  %45 = icmp ugt i64 %44, %40
  br i1 %45, label %46, label %48

46:                                               ; preds = %42
  %47 = icmp eq i64 %41, %40
  br i1 %47, label %71, label %57

48:                                               ; preds = %42
  %49 = getelementptr inbounds i8, ptr %38, i64 %43
  %50 = load i64, ptr %49, align 1
  %51 = getelementptr inbounds i8, ptr %1, i64 %43
  %52 = load i64, ptr %51, align 1
  %53 = icmp eq i64 %50, %52
  br i1 %53, label %42, label %64, !llvm.loop !66

54:                                               ; preds = %57
  %55 = add nuw nsw i64 %58, 1
  %56 = icmp eq i64 %55, %40
  br i1 %56, label %71, label %57, !llvm.loop !67

57:                                               ; preds = %46, %54
  %58 = phi i64 [ %55, %54 ], [ %41, %46 ]
  %59 = getelementptr inbounds i8, ptr %38, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !68
  %61 = getelementptr inbounds i8, ptr %1, i64 %58
  %62 = load i8, ptr %61, align 1, !tbaa !68
  %63 = icmp eq i8 %60, %62
  br i1 %63, label %54, label %64

64:                                               ; preds = %48, %57, %26
  %65 = getelementptr inbounds %struct.pb_hnode, ptr %22, i64 %29
  %66 = add i32 %28, -1
  %67 = load i32, ptr %65, align 4, !tbaa !56
  %68 = icmp eq i32 %67, -1
  %69 = icmp eq i32 %66, 0
  %70 = select i1 %68, i1 true, i1 %69
  br i1 %70, label %119, label %26, !llvm.loop !69

71:                                               ; preds = %46, %54
  %72 = icmp eq i32 %27, -1
  br i1 %72, label %119, label %73

73:                                               ; preds = %71
  %74 = tail call fastcc i64 @copy_out(ptr noundef %0, i32 noundef %27, ptr noundef %2, i64 noundef %3) #10
  %75 = icmp eq i64 %74, 0
  br i1 %75, label %76, label %119

76:                                               ; preds = %73
  %77 = load ptr, ptr %21, align 8, !tbaa !54
  %78 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %29, i32 1
  %79 = load i32, ptr %78, align 4, !tbaa !59
  %80 = load ptr, ptr %8, align 8, !tbaa !53
  %81 = load i32, ptr %10, align 8, !tbaa !42
  %82 = add i32 %81, -1
  %83 = and i32 %82, %79
  %84 = zext i32 %83 to i64
  %85 = getelementptr inbounds i32, ptr %80, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !56
  %87 = icmp eq i32 %86, -1
  br i1 %87, label %106, label %88

88:                                               ; preds = %76
  %89 = load i32, ptr %6, align 8, !tbaa !45
  br label %90

90:                                               ; preds = %101, %88
  %91 = phi i32 [ %104, %101 ], [ %86, %88 ]
  %92 = phi i32 [ %94, %101 ], [ %89, %88 ]
  %93 = phi ptr [ %103, %101 ], [ %85, %88 ]
  %94 = add i32 %92, -1
  %95 = icmp eq i32 %92, 0
  br i1 %95, label %106, label %96

96:                                               ; preds = %90
  %97 = icmp eq i32 %91, %27
  br i1 %97, label %98, label %101

98:                                               ; preds = %96
  %99 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %29
  %100 = load i32, ptr %99, align 4, !tbaa !63
  store i32 %100, ptr %93, align 4, !tbaa !56
  store i32 -1, ptr %99, align 4, !tbaa !63
  br label %106

101:                                              ; preds = %96
  %102 = zext i32 %91 to i64
  %103 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !56
  %105 = icmp eq i32 %104, -1
  br i1 %105, label %106, label %90, !llvm.loop !62

106:                                              ; preds = %90, %101, %76, %98
  %107 = getelementptr inbounds i8, ptr %0, i64 72
  %108 = load i32, ptr %107, align 8, !tbaa !34
  %109 = add i32 %108, -1
  store i32 %109, ptr %107, align 8, !tbaa !34
  %110 = getelementptr inbounds i8, ptr %0, i64 104
  %111 = load i32, ptr %110, align 8, !tbaa !49
  %112 = icmp eq i32 %111, 0
  br i1 %112, label %115, label %113

113:                                              ; preds = %106
  %114 = getelementptr inbounds i8, ptr %0, i64 144
  tail call void @pb_lru_push_free(ptr noundef nonnull %114, i32 noundef %27) #11
  br label %119

115:                                              ; preds = %106
  %116 = getelementptr inbounds i8, ptr %0, i64 96
  %117 = load i32, ptr %116, align 8, !tbaa !47
  %118 = getelementptr inbounds %struct.pb_hnode, ptr %77, i64 %29
  store i32 %117, ptr %118, align 4, !tbaa !63
  store i32 %27, ptr %116, align 8, !tbaa !47
  br label %119

119:                                              ; preds = %64, %4, %115, %113, %73, %71
  %120 = phi i64 [ -2, %71 ], [ %74, %73 ], [ 0, %113 ], [ 0, %115 ], [ -2, %4 ], [ -2, %64 ]
  ret i64 %120
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -2, 1) i64 @pb_htab_get_next_key(ptr nocapture noundef readonly %0, ptr noundef readonly %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #5 {
  %4 = icmp eq ptr %1, null
  br i1 %4, label %103, label %5

5:                                                ; preds = %3
  %6 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef nonnull %1) #10
  %7 = getelementptr inbounds i8, ptr %0, i64 88
  %8 = load i32, ptr %7, align 8, !tbaa !45
  %9 = getelementptr inbounds i8, ptr %0, i64 120
  %10 = load ptr, ptr %9, align 8, !tbaa !53
  %11 = getelementptr inbounds i8, ptr %0, i64 80
  %12 = load i32, ptr %11, align 8, !tbaa !42
  %13 = add i32 %12, -1
  %14 = and i32 %13, %6
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds i32, ptr %10, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !56
  %18 = icmp eq i32 %17, -1
  %19 = icmp eq i32 %8, 0
  %20 = select i1 %18, i1 true, i1 %19
  br i1 %20, label %103, label %21

21:                                               ; preds = %5
  %22 = getelementptr inbounds i8, ptr %0, i64 128
  %23 = load ptr, ptr %22, align 8, !tbaa !54
  %24 = getelementptr inbounds i8, ptr %0, i64 136
  %25 = getelementptr inbounds i8, ptr %0, i64 92
  %26 = getelementptr inbounds i8, ptr %0, i64 8
  br label %27

27:                                               ; preds = %65, %21
  %28 = phi i32 [ %17, %21 ], [ %68, %65 ]
  %29 = phi i32 [ %8, %21 ], [ %67, %65 ]
  %30 = zext i32 %28 to i64
  %31 = getelementptr inbounds %struct.pb_hnode, ptr %23, i64 %30, i32 1
  %32 = load i32, ptr %31, align 4, !tbaa !59
  %33 = icmp eq i32 %32, %6
  br i1 %33, label %34, label %65

34:                                               ; preds = %27
  %35 = load ptr, ptr %24, align 8, !tbaa !55
  %36 = load i32, ptr %25, align 4, !tbaa !46
  %37 = zext i32 %36 to i64
  %38 = mul nuw i64 %37, %30
  %39 = getelementptr inbounds i8, ptr %35, i64 %38
  %40 = load i32, ptr %26, align 8, !tbaa !21
  %41 = zext i32 %40 to i64
  %42 = and i64 %41, 4294967288
  br label %43

43:                                               ; preds = %49, %34
  %44 = phi i64 [ 0, %34 ], [ %45, %49 ]
  %45 = add nuw nsw i64 %44, 8
  %46 = icmp ugt i64 %45, %41
  br i1 %46, label %47, label %49

47:                                               ; preds = %43
  %48 = icmp eq i64 %42, %41
  br i1 %48, label %72, label %58

49:                                               ; preds = %43
  %50 = getelementptr inbounds i8, ptr %39, i64 %44
  %51 = load i64, ptr %50, align 1
  %52 = getelementptr inbounds i8, ptr %1, i64 %44
  %53 = load i64, ptr %52, align 1
  %54 = icmp eq i64 %51, %53
  br i1 %54, label %43, label %65, !llvm.loop !66

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %59, 1
  %57 = icmp eq i64 %56, %41
  br i1 %57, label %72, label %58, !llvm.loop !67

58:                                               ; preds = %47, %55
  %59 = phi i64 [ %56, %55 ], [ %42, %47 ]
  %60 = getelementptr inbounds i8, ptr %39, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !68
  %62 = getelementptr inbounds i8, ptr %1, i64 %59
  %63 = load i8, ptr %62, align 1, !tbaa !68
  %64 = icmp eq i8 %61, %63
  br i1 %64, label %55, label %65

65:                                               ; preds = %49, %58, %27
  %66 = getelementptr inbounds %struct.pb_hnode, ptr %23, i64 %30
  %67 = add i32 %29, -1
  %68 = load i32, ptr %66, align 4, !tbaa !56
  %69 = icmp eq i32 %68, -1
  %70 = icmp eq i32 %67, 0
  %71 = select i1 %69, i1 true, i1 %70
  br i1 %71, label %103, label %27, !llvm.loop !69

72:                                               ; preds = %47, %55
  %73 = icmp eq i32 %28, -1
  br i1 %73, label %103, label %74

74:                                               ; preds = %72
  %75 = getelementptr inbounds %struct.pb_hnode, ptr %23, i64 %30
  %76 = load i32, ptr %75, align 4, !tbaa !63
  %77 = icmp eq i32 %76, -1
  br i1 %77, label %101, label %78

78:                                               ; preds = %74
  %79 = zext i32 %76 to i64
  %80 = mul nuw i64 %37, %79
  %81 = getelementptr inbounds i8, ptr %35, i64 %80
  %82 = icmp ult i32 %40, 8
  br i1 %82, label %83, label %86

83:                                               ; preds = %86, %78
  %84 = phi i64 [ 0, %78 ], [ %87, %86 ]
  %85 = icmp ult i64 %84, %41
  br i1 %85, label %94, label %152

86:                                               ; preds = %78, %86
  %87 = phi i64 [ %92, %86 ], [ 8, %78 ]
  %88 = phi i64 [ %87, %86 ], [ 0, %78 ]
  %89 = getelementptr inbounds i8, ptr %2, i64 %88
  %90 = getelementptr inbounds i8, ptr %81, i64 %88
  %91 = load i64, ptr %90, align 1
  store i64 %91, ptr %89, align 1
  %92 = add nuw nsw i64 %87, 8
  %93 = icmp ugt i64 %92, %41
  br i1 %93, label %83, label %86, !llvm.loop !75

94:                                               ; preds = %83, %94
  %95 = phi i64 [ %99, %94 ], [ %84, %83 ]
  %96 = getelementptr inbounds i8, ptr %81, i64 %95
  %97 = load i8, ptr %96, align 1, !tbaa !68
  %98 = getelementptr inbounds i8, ptr %2, i64 %95
  store i8 %97, ptr %98, align 1, !tbaa !68
  %99 = add nuw nsw i64 %95, 1
  %100 = icmp eq i64 %99, %41
  br i1 %100, label %152, label %94, !llvm.loop !76

101:                                              ; preds = %74
  %102 = add i32 %14, 1
  br label %103

103:                                              ; preds = %65, %5, %101, %72, %3
  %104 = phi i32 [ 0, %3 ], [ %102, %101 ], [ 0, %72 ], [ 0, %5 ], [ 0, %65 ]
  %105 = getelementptr inbounds i8, ptr %0, i64 80
  %106 = load i32, ptr %105, align 8, !tbaa !42
  %107 = icmp ult i32 %104, %106
  br i1 %107, label %108, label %152

108:                                              ; preds = %103
  %109 = getelementptr inbounds i8, ptr %0, i64 120
  %110 = load ptr, ptr %109, align 8, !tbaa !53
  %111 = zext i32 %104 to i64
  br label %116

112:                                              ; preds = %116
  %113 = add nuw nsw i64 %117, 1
  %114 = trunc i64 %113 to i32
  %115 = icmp eq i32 %106, %114
  br i1 %115, label %152, label %116, !llvm.loop !79

116:                                              ; preds = %108, %112
  %117 = phi i64 [ %111, %108 ], [ %113, %112 ]
  %118 = getelementptr inbounds i32, ptr %110, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !56
  %120 = icmp eq i32 %119, -1
  br i1 %120, label %112, label %121

121:                                              ; preds = %116
  %122 = getelementptr inbounds i8, ptr %0, i64 136
  %123 = load ptr, ptr %122, align 8, !tbaa !55
  %124 = getelementptr inbounds i8, ptr %0, i64 92
  %125 = load i32, ptr %124, align 4, !tbaa !46
  %126 = zext i32 %125 to i64
  %127 = zext i32 %119 to i64
  %128 = mul nuw i64 %126, %127
  %129 = getelementptr inbounds i8, ptr %123, i64 %128
  %130 = getelementptr inbounds i8, ptr %0, i64 8
  %131 = load i32, ptr %130, align 8, !tbaa !21
  %132 = zext i32 %131 to i64
  %133 = icmp ult i32 %131, 8
  br i1 %133, label %134, label %137

134:                                              ; preds = %137, %121
  %135 = phi i64 [ 0, %121 ], [ %138, %137 ]
  %136 = icmp ult i64 %135, %132
  br i1 %136, label %145, label %152

137:                                              ; preds = %121, %137
  %138 = phi i64 [ %143, %137 ], [ 8, %121 ]
  %139 = phi i64 [ %138, %137 ], [ 0, %121 ]
  %140 = getelementptr inbounds i8, ptr %2, i64 %139
  %141 = getelementptr inbounds i8, ptr %129, i64 %139
  %142 = load i64, ptr %141, align 1
  store i64 %142, ptr %140, align 1
  %143 = add nuw nsw i64 %138, 8
  %144 = icmp ugt i64 %143, %132
  br i1 %144, label %134, label %137, !llvm.loop !75

145:                                              ; preds = %134, %145
  %146 = phi i64 [ %150, %145 ], [ %135, %134 ]
  %147 = getelementptr inbounds i8, ptr %129, i64 %146
  %148 = load i8, ptr %147, align 1, !tbaa !68
  %149 = getelementptr inbounds i8, ptr %2, i64 %146
  store i8 %148, ptr %149, align 1, !tbaa !68
  %150 = add nuw nsw i64 %146, 1
  %151 = icmp eq i64 %150, %132
  br i1 %151, label %152, label %145, !llvm.loop !76

152:                                              ; preds = %94, %112, %145, %83, %103, %134
  %153 = phi i64 [ 0, %134 ], [ -2, %103 ], [ 0, %83 ], [ 0, %145 ], [ -2, %112 ], [ 0, %94 ]
  ret i64 %153
}

; Function Attrs: nounwind
define dso_local i64 @pb_htab_batch(ptr noundef %0, ptr nocapture noundef %1, ptr nocapture noundef %2, ptr nocapture noundef writeonly %3, ptr nocapture noundef writeonly %4, i64 noundef %5, i32 noundef %6, i32 noundef %7) local_unnamed_addr #0 {
  %9 = load i32, ptr %2, align 4, !tbaa !56
  %10 = load i32, ptr %1, align 4, !tbaa !56
  %11 = and i64 %5, -5
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %13, label %160

13:                                               ; preds = %8
  %14 = icmp eq i64 %5, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %13
  %16 = getelementptr inbounds i8, ptr %0, i64 36
  %17 = load i32, ptr %16, align 4, !tbaa !29
  %18 = icmp eq i32 %17, -1
  br i1 %18, label %160, label %19

19:                                               ; preds = %15, %13
  store i32 0, ptr %2, align 4, !tbaa !56
  %20 = icmp eq i32 %9, 0
  br i1 %20, label %160, label %21

21:                                               ; preds = %19
  %22 = getelementptr inbounds i8, ptr %0, i64 80
  %23 = load i32, ptr %22, align 8, !tbaa !42
  %24 = icmp ult i32 %10, %23
  br i1 %24, label %25, label %160

25:                                               ; preds = %21
  %26 = getelementptr inbounds i8, ptr %0, i64 88
  %27 = getelementptr inbounds i8, ptr %0, i64 120
  %28 = getelementptr inbounds i8, ptr %0, i64 128
  %29 = getelementptr inbounds i8, ptr %0, i64 8
  %30 = getelementptr inbounds i8, ptr %0, i64 136
  %31 = getelementptr inbounds i8, ptr %0, i64 92
  %32 = zext i32 %7 to i64
  %33 = icmp eq i32 %6, 0
  %34 = getelementptr inbounds i8, ptr %0, i64 72
  %35 = getelementptr inbounds i8, ptr %0, i64 104
  %36 = getelementptr inbounds i8, ptr %0, i64 144
  %37 = getelementptr inbounds i8, ptr %0, i64 96
  %38 = zext i32 %10 to i64
  br label %39

39:                                               ; preds = %25, %149
  %40 = phi i32 [ %23, %25 ], [ %150, %149 ]
  %41 = phi i64 [ %38, %25 ], [ %152, %149 ]
  %42 = phi i32 [ 0, %25 ], [ %151, %149 ]
  %43 = load i32, ptr %26, align 8, !tbaa !45
  %44 = load ptr, ptr %27, align 8, !tbaa !53
  %45 = getelementptr inbounds i32, ptr %44, i64 %41
  %46 = load i32, ptr %45, align 4, !tbaa !56
  %47 = icmp eq i32 %46, -1
  %48 = icmp eq i32 %43, 0
  %49 = select i1 %47, i1 true, i1 %48
  br i1 %49, label %149, label %50

50:                                               ; preds = %39
  %51 = load ptr, ptr %28, align 8, !tbaa !54
  br label %55

52:                                               ; preds = %55
  %53 = sub i32 %9, %42
  %54 = icmp ult i32 %58, %53
  br i1 %54, label %70, label %67

55:                                               ; preds = %50, %55
  %56 = phi i32 [ %46, %50 ], [ %63, %55 ]
  %57 = phi i32 [ %43, %50 ], [ %59, %55 ]
  %58 = phi i32 [ 0, %50 ], [ %60, %55 ]
  %59 = add i32 %57, -1
  %60 = add nuw i32 %58, 1
  %61 = zext i32 %56 to i64
  %62 = getelementptr inbounds %struct.pb_hnode, ptr %51, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !56
  %64 = icmp eq i32 %63, -1
  %65 = icmp eq i32 %59, 0
  %66 = select i1 %64, i1 true, i1 %65
  br i1 %66, label %52, label %55, !llvm.loop !80

67:                                               ; preds = %52
  %68 = icmp eq i32 %42, 0
  %69 = select i1 %68, i64 -28, i64 0
  br label %155

70:                                               ; preds = %52
  br i1 %47, label %115, label %71

71:                                               ; preds = %70, %109
  %72 = phi i32 [ %113, %109 ], [ %46, %70 ]
  %73 = phi i32 [ %112, %109 ], [ %42, %70 ]
  %74 = zext i32 %73 to i64
  %75 = load i32, ptr %29, align 8, !tbaa !21
  %76 = zext i32 %75 to i64
  %77 = mul nuw i64 %76, %74
  %78 = getelementptr inbounds i8, ptr %3, i64 %77
  %79 = load ptr, ptr %30, align 8, !tbaa !55
  %80 = load i32, ptr %31, align 4, !tbaa !46
  %81 = zext i32 %80 to i64
  %82 = zext i32 %72 to i64
  %83 = mul nuw i64 %81, %82
  %84 = getelementptr inbounds i8, ptr %79, i64 %83
  %85 = icmp ult i32 %75, 8
  br i1 %85, label %86, label %89

86:                                               ; preds = %89, %71
  %87 = phi i64 [ 0, %71 ], [ %90, %89 ]
  %88 = icmp ult i64 %87, %76
  br i1 %88, label %97, label %104

89:                                               ; preds = %71, %89
  %90 = phi i64 [ %95, %89 ], [ 8, %71 ]
  %91 = phi i64 [ %90, %89 ], [ 0, %71 ]
  %92 = getelementptr inbounds i8, ptr %78, i64 %91
  %93 = getelementptr inbounds i8, ptr %84, i64 %91
  %94 = load i64, ptr %93, align 1
  store i64 %94, ptr %92, align 1
  %95 = add nuw nsw i64 %90, 8
  %96 = icmp ugt i64 %95, %76
  br i1 %96, label %86, label %89, !llvm.loop !75

97:                                               ; preds = %86, %97
  %98 = phi i64 [ %102, %97 ], [ %87, %86 ]
  %99 = getelementptr inbounds i8, ptr %84, i64 %98
  %100 = load i8, ptr %99, align 1, !tbaa !68
  %101 = getelementptr inbounds i8, ptr %78, i64 %98
  store i8 %100, ptr %101, align 1, !tbaa !68
  %102 = add nuw nsw i64 %98, 1
  %103 = icmp eq i64 %102, %76
  br i1 %103, label %104, label %97, !llvm.loop !76

104:                                              ; preds = %97, %86
  %105 = mul nuw i64 %74, %32
  %106 = getelementptr inbounds i8, ptr %4, i64 %105
  %107 = tail call fastcc i64 @copy_out(ptr noundef %0, i32 noundef %72, ptr noundef %106, i64 noundef %5) #10
  %108 = icmp eq i64 %107, 0
  br i1 %108, label %109, label %155

109:                                              ; preds = %104
  %110 = load ptr, ptr %28, align 8, !tbaa !54
  %111 = getelementptr inbounds %struct.pb_hnode, ptr %110, i64 %82
  %112 = add i32 %73, 1
  %113 = load i32, ptr %111, align 4, !tbaa !56
  %114 = icmp eq i32 %113, -1
  br i1 %114, label %115, label %71, !llvm.loop !81

115:                                              ; preds = %109, %70
  br i1 %33, label %146, label %116

116:                                              ; preds = %115
  %117 = load ptr, ptr %27, align 8, !tbaa !53
  %118 = getelementptr inbounds i32, ptr %117, i64 %41
  %119 = load i32, ptr %118, align 4, !tbaa !56
  %120 = icmp eq i32 %119, -1
  br i1 %120, label %146, label %121

121:                                              ; preds = %116
  %122 = load ptr, ptr %28, align 8, !tbaa !54
  br label %123

123:                                              ; preds = %121, %123
  %124 = phi i32 [ %119, %121 ], [ %131, %123 ]
  %125 = phi i32 [ -1, %121 ], [ %124, %123 ]
  %126 = zext i32 %124 to i64
  %127 = getelementptr inbounds %struct.pb_hnode, ptr %122, i64 %126
  %128 = load i32, ptr %127, align 4, !tbaa !63
  store i32 %128, ptr %118, align 4, !tbaa !56
  store i32 %125, ptr %127, align 4, !tbaa !63
  %129 = load i32, ptr %34, align 8, !tbaa !34
  %130 = add i32 %129, -1
  store i32 %130, ptr %34, align 8, !tbaa !34
  %131 = load i32, ptr %118, align 4, !tbaa !56
  %132 = icmp eq i32 %131, -1
  br i1 %132, label %133, label %123, !llvm.loop !82

133:                                              ; preds = %123, %144
  %134 = phi i32 [ %138, %144 ], [ %124, %123 ]
  %135 = load ptr, ptr %28, align 8, !tbaa !54
  %136 = zext i32 %134 to i64
  %137 = getelementptr inbounds %struct.pb_hnode, ptr %135, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !63
  store i32 -1, ptr %137, align 4, !tbaa !63
  %139 = load i32, ptr %35, align 8, !tbaa !49
  %140 = icmp eq i32 %139, 0
  br i1 %140, label %142, label %141

141:                                              ; preds = %133
  tail call void @pb_lru_push_free(ptr noundef nonnull %36, i32 noundef %134) #11
  br label %144

142:                                              ; preds = %133
  %143 = load i32, ptr %37, align 8, !tbaa !47
  store i32 %143, ptr %137, align 4, !tbaa !63
  store i32 %134, ptr %37, align 8, !tbaa !47
  br label %144

144:                                              ; preds = %141, %142
  %145 = icmp eq i32 %138, -1
  br i1 %145, label %146, label %133, !llvm.loop !83

146:                                              ; preds = %144, %116, %115
  %147 = add i32 %60, %42
  %148 = load i32, ptr %22, align 8, !tbaa !42
  br label %149

149:                                              ; preds = %39, %146
  %150 = phi i32 [ %148, %146 ], [ %40, %39 ]
  %151 = phi i32 [ %147, %146 ], [ %42, %39 ]
  %152 = add nuw nsw i64 %41, 1
  %153 = zext i32 %150 to i64
  %154 = icmp ult i64 %152, %153
  br i1 %154, label %39, label %155

155:                                              ; preds = %149, %104, %67
  %156 = phi i64 [ %41, %67 ], [ %41, %104 ], [ %152, %149 ]
  %157 = phi i64 [ %69, %67 ], [ %107, %104 ], [ -2, %149 ]
  %158 = phi i32 [ %42, %67 ], [ %42, %104 ], [ %151, %149 ]
  %159 = trunc i64 %156 to i32
  store i32 %159, ptr %1, align 4, !tbaa !56
  store i32 %158, ptr %2, align 4, !tbaa !56
  br label %160

160:                                              ; preds = %21, %19, %8, %15, %155
  %161 = phi i64 [ %157, %155 ], [ -22, %15 ], [ -22, %8 ], [ 0, %19 ], [ -2, %21 ]
  ret i64 %161
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local noundef i64 @pb_htab_iter(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, ptr nocapture noundef writeonly %2, ptr nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #5 {
  %6 = load i64, ptr %1, align 8, !tbaa !84
  %7 = lshr i64 %6, 32
  %8 = trunc nuw i64 %7 to i32
  %9 = getelementptr inbounds i8, ptr %0, i64 80
  %10 = load i32, ptr %9, align 8, !tbaa !42
  %11 = icmp ugt i32 %10, %8
  br i1 %11, label %14, label %12

12:                                               ; preds = %5
  %13 = zext i32 %10 to i64
  br label %115

14:                                               ; preds = %5
  %15 = trunc i64 %6 to i32
  %16 = getelementptr inbounds i8, ptr %0, i64 120
  %17 = load ptr, ptr %16, align 8, !tbaa !53
  %18 = getelementptr inbounds i8, ptr %0, i64 128
  %19 = zext i32 %10 to i64
  br label %20

20:                                               ; preds = %14, %112
  %21 = phi i64 [ %7, %14 ], [ %113, %112 ]
  %22 = phi i32 [ %15, %14 ], [ 0, %112 ]
  %23 = getelementptr inbounds i32, ptr %17, i64 %21
  %24 = load i32, ptr %23, align 4, !tbaa !56
  %25 = icmp eq i32 %24, -1
  br i1 %25, label %112, label %26

26:                                               ; preds = %20, %105
  %27 = phi i32 [ %110, %105 ], [ %24, %20 ]
  %28 = phi i32 [ %109, %105 ], [ 0, %20 ]
  %29 = icmp eq i32 %28, %22
  br i1 %29, label %30, label %105

30:                                               ; preds = %26
  %31 = getelementptr inbounds i8, ptr %0, i64 136
  %32 = load ptr, ptr %31, align 8, !tbaa !55
  %33 = getelementptr inbounds i8, ptr %0, i64 92
  %34 = load i32, ptr %33, align 4, !tbaa !46
  %35 = zext i32 %34 to i64
  %36 = zext i32 %27 to i64
  %37 = mul nuw i64 %35, %36
  %38 = getelementptr inbounds i8, ptr %32, i64 %37
  %39 = getelementptr inbounds i8, ptr %0, i64 8
  %40 = load i32, ptr %39, align 8, !tbaa !21
  %41 = zext i32 %40 to i64
  %42 = icmp ult i32 %40, 8
  br i1 %42, label %43, label %46

43:                                               ; preds = %46, %30
  %44 = phi i64 [ 0, %30 ], [ %47, %46 ]
  %45 = icmp ult i64 %44, %41
  br i1 %45, label %54, label %61

46:                                               ; preds = %30, %46
  %47 = phi i64 [ %52, %46 ], [ 8, %30 ]
  %48 = phi i64 [ %47, %46 ], [ 0, %30 ]
  %49 = getelementptr inbounds i8, ptr %2, i64 %48
  %50 = getelementptr inbounds i8, ptr %38, i64 %48
  %51 = load i64, ptr %50, align 1
  store i64 %51, ptr %49, align 1
  %52 = add nuw nsw i64 %47, 8
  %53 = icmp ugt i64 %52, %41
  br i1 %53, label %43, label %46, !llvm.loop !75

54:                                               ; preds = %43, %54
  %55 = phi i64 [ %59, %54 ], [ %44, %43 ]
  %56 = getelementptr inbounds i8, ptr %38, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !68
  %58 = getelementptr inbounds i8, ptr %2, i64 %55
  store i8 %57, ptr %58, align 1, !tbaa !68
  %59 = add nuw nsw i64 %55, 1
  %60 = icmp eq i64 %59, %41
  br i1 %60, label %61, label %54, !llvm.loop !76

61:                                               ; preds = %54, %43
  %62 = getelementptr inbounds i8, ptr %0, i64 4
  %63 = load i32, ptr %62, align 4, !tbaa !20
  %64 = icmp eq i32 %63, 13
  br i1 %64, label %65, label %75

65:                                               ; preds = %61
  %66 = getelementptr inbounds i8, ptr %0, i64 56
  %67 = load ptr, ptr %66, align 8, !tbaa !40
  %68 = getelementptr inbounds i8, ptr %0, i64 76
  %69 = load i32, ptr %68, align 4, !tbaa !39
  %70 = zext i32 %69 to i64
  %71 = mul nuw i64 %70, %36
  %72 = getelementptr inbounds i8, ptr %67, i64 %71
  %73 = load i64, ptr %72, align 1
  %74 = inttoptr i64 %73 to ptr
  br label %99

75:                                               ; preds = %61
  %76 = getelementptr inbounds i8, ptr %0, i64 108
  %77 = load i32, ptr %76, align 4, !tbaa !50
  %78 = icmp eq i32 %77, 0
  br i1 %78, label %85, label %79

79:                                               ; preds = %75
  %80 = getelementptr inbounds i8, ptr %0, i64 28
  %81 = load i32, ptr %80, align 4, !tbaa !27
  %82 = icmp ugt i32 %81, %4
  %83 = select i1 %82, i32 %4, i32 0
  %84 = zext i32 %83 to i64
  br label %85

85:                                               ; preds = %79, %75
  %86 = phi i64 [ 0, %75 ], [ %84, %79 ]
  %87 = getelementptr inbounds i8, ptr %0, i64 56
  %88 = load ptr, ptr %87, align 8, !tbaa !40
  %89 = getelementptr inbounds i8, ptr %0, i64 76
  %90 = load i32, ptr %89, align 4, !tbaa !39
  %91 = zext i32 %90 to i64
  %92 = mul nuw i64 %91, %36
  %93 = getelementptr inbounds i8, ptr %88, i64 %92
  %94 = getelementptr inbounds i8, ptr %0, i64 32
  %95 = load i32, ptr %94, align 8, !tbaa !35
  %96 = zext i32 %95 to i64
  %97 = mul nuw i64 %86, %96
  %98 = getelementptr inbounds i8, ptr %93, i64 %97
  br label %99

99:                                               ; preds = %85, %65
  %100 = phi ptr [ %98, %85 ], [ %74, %65 ]
  store ptr %100, ptr %3, align 8, !tbaa !58
  %101 = shl nuw i64 %21, 32
  %102 = add i32 %22, 1
  %103 = zext i32 %102 to i64
  %104 = or disjoint i64 %101, %103
  br label %118

105:                                              ; preds = %26
  %106 = load ptr, ptr %18, align 8, !tbaa !54
  %107 = zext i32 %27 to i64
  %108 = getelementptr inbounds %struct.pb_hnode, ptr %106, i64 %107
  %109 = add i32 %28, 1
  %110 = load i32, ptr %108, align 4, !tbaa !56
  %111 = icmp eq i32 %110, -1
  br i1 %111, label %112, label %26, !llvm.loop !85

112:                                              ; preds = %105, %20
  %113 = add nuw nsw i64 %21, 1
  %114 = icmp eq i64 %113, %19
  br i1 %114, label %115, label %20, !llvm.loop !86

115:                                              ; preds = %112, %12
  %116 = phi i64 [ %13, %12 ], [ %19, %112 ]
  %117 = shl nuw i64 %116, 32
  br label %118

118:                                              ; preds = %99, %115
  %119 = phi i64 [ %117, %115 ], [ %104, %99 ]
  %120 = phi i64 [ -2, %115 ], [ 0, %99 ]
  store i64 %119, ptr %1, align 8, !tbaa !84
  ret i64 %120
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local range(i64 -2, 65536) i64 @pb_htab_lru_state(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #6 {
  %3 = tail call fastcc i32 @hash_key(ptr noundef %0, ptr noundef %1) #10
  %4 = getelementptr inbounds i8, ptr %0, i64 88
  %5 = load i32, ptr %4, align 8, !tbaa !45
  %6 = getelementptr inbounds i8, ptr %0, i64 120
  %7 = load ptr, ptr %6, align 8, !tbaa !53
  %8 = getelementptr inbounds i8, ptr %0, i64 80
  %9 = load i32, ptr %8, align 8, !tbaa !42
  %10 = add i32 %9, -1
  %11 = and i32 %10, %3
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr %7, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !56
  %15 = icmp eq i32 %14, -1
  %16 = icmp eq i32 %5, 0
  %17 = select i1 %15, i1 true, i1 %16
  br i1 %17, label %79, label %18

18:                                               ; preds = %2
  %19 = getelementptr inbounds i8, ptr %0, i64 128
  %20 = load ptr, ptr %19, align 8, !tbaa !54
  %21 = getelementptr inbounds i8, ptr %0, i64 136
  %22 = getelementptr inbounds i8, ptr %0, i64 92
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  br label %24

24:                                               ; preds = %62, %18
  %25 = phi i32 [ %14, %18 ], [ %65, %62 ]
  %26 = phi i32 [ %5, %18 ], [ %64, %62 ]
  %27 = zext i32 %25 to i64
  %28 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27, i32 1
  %29 = load i32, ptr %28, align 4, !tbaa !59
  %30 = icmp eq i32 %29, %3
  br i1 %30, label %31, label %62

31:                                               ; preds = %24
  %32 = load ptr, ptr %21, align 8, !tbaa !55
  %33 = load i32, ptr %22, align 4, !tbaa !46
  %34 = zext i32 %33 to i64
  %35 = mul nuw i64 %34, %27
  %36 = getelementptr inbounds i8, ptr %32, i64 %35
  %37 = load i32, ptr %23, align 8, !tbaa !65
  %38 = zext i32 %37 to i64
  %39 = and i64 %38, 4294967288
  br label %40

40:                                               ; preds = %46, %31
  %41 = phi i64 [ 0, %31 ], [ %42, %46 ]
  %42 = add nuw nsw i64 %41, 8
  %43 = icmp ugt i64 %42, %38
  br i1 %43, label %44, label %46

44:                                               ; preds = %40
  %45 = icmp eq i64 %39, %38
  br i1 %45, label %69, label %55

46:                                               ; preds = %40
  %47 = getelementptr inbounds i8, ptr %36, i64 %41
  %48 = load i64, ptr %47, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 %41
  %50 = load i64, ptr %49, align 1
  %51 = icmp eq i64 %48, %50
  br i1 %51, label %40, label %62, !llvm.loop !66

52:                                               ; preds = %55
  %53 = add nuw nsw i64 %56, 1
  %54 = icmp eq i64 %53, %38
  br i1 %54, label %69, label %55, !llvm.loop !67

55:                                               ; preds = %44, %52
  %56 = phi i64 [ %53, %52 ], [ %39, %44 ]
  %57 = getelementptr inbounds i8, ptr %36, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !68
  %59 = getelementptr inbounds i8, ptr %1, i64 %56
  %60 = load i8, ptr %59, align 1, !tbaa !68
  %61 = icmp eq i8 %58, %60
  br i1 %61, label %52, label %62

62:                                               ; preds = %46, %55, %24
  %63 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27
  %64 = add i32 %26, -1
  %65 = load i32, ptr %63, align 4, !tbaa !56
  %66 = icmp eq i32 %65, -1
  %67 = icmp eq i32 %64, 0
  %68 = select i1 %66, i1 true, i1 %67
  br i1 %68, label %79, label %24, !llvm.loop !69

69:                                               ; preds = %44, %52
  %70 = icmp eq i32 %25, -1
  br i1 %70, label %79, label %71

71:                                               ; preds = %69
  %72 = getelementptr inbounds i8, ptr %0, i64 104
  %73 = load i32, ptr %72, align 8, !tbaa !49
  %74 = icmp eq i32 %73, 0
  br i1 %74, label %79, label %75

75:                                               ; preds = %71
  %76 = getelementptr inbounds %struct.pb_hnode, ptr %20, i64 %27, i32 4
  %77 = load i16, ptr %76, align 4
  %78 = zext i16 %77 to i64
  br label %79

79:                                               ; preds = %62, %2, %69, %71, %75
  %80 = phi i64 [ %78, %75 ], [ -2, %71 ], [ -2, %69 ], [ -2, %2 ], [ -2, %62 ]
  ret i64 %80
}

declare i32 @pb_lru_nr_sentinels(i32 noundef, i32 noundef) local_unnamed_addr #7

declare void @pb_lru_init(ptr noundef, ptr noundef, i32 noundef, i32 noundef, i32 noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #7

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @init_value(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3, i32 noundef %4) unnamed_addr #8 {
  %6 = getelementptr inbounds i8, ptr %0, i64 108
  %7 = load i32, ptr %6, align 4, !tbaa !50
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %204, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %0, i64 28
  %11 = getelementptr inbounds i8, ptr %2, i64 4
  %12 = load i32, ptr %10, align 4, !tbaa !27
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %305, label %14

14:                                               ; preds = %9
  %15 = getelementptr inbounds i8, ptr %0, i64 56
  %16 = getelementptr inbounds i8, ptr %0, i64 76
  %17 = zext i32 %1 to i64
  %18 = getelementptr inbounds i8, ptr %0, i64 32
  %19 = icmp eq i32 %4, 0
  %20 = getelementptr inbounds i8, ptr %0, i64 36
  %21 = zext i32 %3 to i64
  br label %22

22:                                               ; preds = %14, %199
  %23 = phi i64 [ 0, %14 ], [ %200, %199 ]
  %24 = load ptr, ptr %15, align 8, !tbaa !40
  %25 = load i32, ptr %16, align 4, !tbaa !39
  %26 = zext i32 %25 to i64
  %27 = mul nuw i64 %26, %17
  %28 = getelementptr inbounds i8, ptr %24, i64 %27
  %29 = load i32, ptr %18, align 8, !tbaa !74
  %30 = zext i32 %29 to i64
  %31 = mul nuw i64 %23, %30
  %32 = getelementptr inbounds i8, ptr %28, i64 %31
  br i1 %19, label %108, label %33

33:                                               ; preds = %22
  %34 = getelementptr inbounds i8, ptr %2, i64 %31
  %35 = load i32, ptr %20, align 4, !tbaa !29
  %36 = icmp eq i32 %35, -1
  %37 = add i32 %35, 4
  %38 = icmp ugt i32 %37, %29
  %39 = or i1 %36, %38
  br i1 %39, label %40, label %60

40:                                               ; preds = %33
  %41 = icmp ult i32 %29, 8
  br i1 %41, label %42, label %45

42:                                               ; preds = %45, %40
  %43 = phi i64 [ 0, %40 ], [ %46, %45 ]
  %44 = icmp ult i64 %43, %30
  br i1 %44, label %53, label %199

45:                                               ; preds = %40, %45
  %46 = phi i64 [ %51, %45 ], [ 8, %40 ]
  %47 = phi i64 [ %46, %45 ], [ 0, %40 ]
  %48 = getelementptr inbounds i8, ptr %32, i64 %47
  %49 = getelementptr inbounds i8, ptr %34, i64 %47
  %50 = load i64, ptr %49, align 1
  store i64 %50, ptr %48, align 1
  %51 = add nuw nsw i64 %46, 8
  %52 = icmp ugt i64 %51, %30
  br i1 %52, label %42, label %45, !llvm.loop !75

53:                                               ; preds = %42, %53
  %54 = phi i64 [ %58, %53 ], [ %43, %42 ]
  %55 = getelementptr inbounds i8, ptr %34, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !68
  %57 = getelementptr inbounds i8, ptr %32, i64 %54
  store i8 %56, ptr %57, align 1, !tbaa !68
  %58 = add nuw nsw i64 %54, 1
  %59 = icmp eq i64 %58, %30
  br i1 %59, label %199, label %53, !llvm.loop !76

60:                                               ; preds = %33
  %61 = zext i32 %35 to i64
  %62 = icmp ult i32 %35, 8
  br i1 %62, label %63, label %66

63:                                               ; preds = %66, %60
  %64 = phi i64 [ 0, %60 ], [ %67, %66 ]
  %65 = icmp ult i64 %64, %61
  br i1 %65, label %74, label %81

66:                                               ; preds = %60, %66
  %67 = phi i64 [ %72, %66 ], [ 8, %60 ]
  %68 = phi i64 [ %67, %66 ], [ 0, %60 ]
  %69 = getelementptr inbounds i8, ptr %32, i64 %68
  %70 = getelementptr inbounds i8, ptr %34, i64 %68
  %71 = load i64, ptr %70, align 1
  store i64 %71, ptr %69, align 1
  %72 = add nuw nsw i64 %67, 8
  %73 = icmp ugt i64 %72, %61
  br i1 %73, label %63, label %66, !llvm.loop !75

74:                                               ; preds = %63, %74
  %75 = phi i64 [ %79, %74 ], [ %64, %63 ]
  %76 = getelementptr inbounds i8, ptr %34, i64 %75
  %77 = load i8, ptr %76, align 1, !tbaa !68
  %78 = getelementptr inbounds i8, ptr %32, i64 %75
  store i8 %77, ptr %78, align 1, !tbaa !68
  %79 = add nuw nsw i64 %75, 1
  %80 = icmp eq i64 %79, %61
  br i1 %80, label %81, label %74, !llvm.loop !76

81:                                               ; preds = %74, %63
  %82 = getelementptr inbounds i8, ptr %32, i64 %61
  %83 = getelementptr inbounds i8, ptr %82, i64 4
  %84 = getelementptr inbounds i8, ptr %34, i64 %61
  %85 = getelementptr inbounds i8, ptr %84, i64 4
  %86 = sub i32 %29, %35
  %87 = add i32 %86, -4
  %88 = zext i32 %87 to i64
  %89 = icmp ult i32 %87, 8
  br i1 %89, label %90, label %93

90:                                               ; preds = %93, %81
  %91 = phi i64 [ 0, %81 ], [ %94, %93 ]
  %92 = icmp ult i64 %91, %88
  br i1 %92, label %101, label %199

93:                                               ; preds = %81, %93
  %94 = phi i64 [ %99, %93 ], [ 8, %81 ]
  %95 = phi i64 [ %94, %93 ], [ 0, %81 ]
  %96 = getelementptr inbounds i8, ptr %83, i64 %95
  %97 = getelementptr inbounds i8, ptr %85, i64 %95
  %98 = load i64, ptr %97, align 1
  store i64 %98, ptr %96, align 1
  %99 = add nuw nsw i64 %94, 8
  %100 = icmp ugt i64 %99, %88
  br i1 %100, label %90, label %93, !llvm.loop !75

101:                                              ; preds = %90, %101
  %102 = phi i64 [ %106, %101 ], [ %91, %90 ]
  %103 = getelementptr inbounds i8, ptr %85, i64 %102
  %104 = load i8, ptr %103, align 1, !tbaa !68
  %105 = getelementptr inbounds i8, ptr %83, i64 %102
  store i8 %104, ptr %105, align 1, !tbaa !68
  %106 = add nuw nsw i64 %102, 1
  %107 = icmp eq i64 %106, %88
  br i1 %107, label %199, label %101, !llvm.loop !76

108:                                              ; preds = %22
  %109 = icmp eq i64 %23, %21
  br i1 %109, label %110, label %183

110:                                              ; preds = %108
  %111 = load i32, ptr %20, align 4, !tbaa !29
  %112 = icmp eq i32 %111, -1
  %113 = add i32 %111, 4
  %114 = icmp ugt i32 %113, %29
  %115 = or i1 %112, %114
  br i1 %115, label %116, label %136

116:                                              ; preds = %110
  %117 = icmp ult i32 %29, 8
  br i1 %117, label %118, label %121

118:                                              ; preds = %121, %116
  %119 = phi i64 [ 0, %116 ], [ %122, %121 ]
  %120 = icmp ult i64 %119, %30
  br i1 %120, label %129, label %199

121:                                              ; preds = %116, %121
  %122 = phi i64 [ %127, %121 ], [ 8, %116 ]
  %123 = phi i64 [ %122, %121 ], [ 0, %116 ]
  %124 = getelementptr inbounds i8, ptr %32, i64 %123
  %125 = getelementptr inbounds i8, ptr %2, i64 %123
  %126 = load i64, ptr %125, align 1
  store i64 %126, ptr %124, align 1
  %127 = add nuw nsw i64 %122, 8
  %128 = icmp ugt i64 %127, %30
  br i1 %128, label %118, label %121, !llvm.loop !75

129:                                              ; preds = %118, %129
  %130 = phi i64 [ %134, %129 ], [ %119, %118 ]
  %131 = getelementptr inbounds i8, ptr %2, i64 %130
  %132 = load i8, ptr %131, align 1, !tbaa !68
  %133 = getelementptr inbounds i8, ptr %32, i64 %130
  store i8 %132, ptr %133, align 1, !tbaa !68
  %134 = add nuw nsw i64 %130, 1
  %135 = icmp eq i64 %134, %30
  br i1 %135, label %199, label %129, !llvm.loop !76

136:                                              ; preds = %110
  %137 = zext i32 %111 to i64
  %138 = icmp ult i32 %111, 8
  br i1 %138, label %139, label %142

139:                                              ; preds = %142, %136
  %140 = phi i64 [ 0, %136 ], [ %143, %142 ]
  %141 = icmp ult i64 %140, %137
  br i1 %141, label %150, label %157

142:                                              ; preds = %136, %142
  %143 = phi i64 [ %148, %142 ], [ 8, %136 ]
  %144 = phi i64 [ %143, %142 ], [ 0, %136 ]
  %145 = getelementptr inbounds i8, ptr %32, i64 %144
  %146 = getelementptr inbounds i8, ptr %2, i64 %144
  %147 = load i64, ptr %146, align 1
  store i64 %147, ptr %145, align 1
  %148 = add nuw nsw i64 %143, 8
  %149 = icmp ugt i64 %148, %137
  br i1 %149, label %139, label %142, !llvm.loop !75

150:                                              ; preds = %139, %150
  %151 = phi i64 [ %155, %150 ], [ %140, %139 ]
  %152 = getelementptr inbounds i8, ptr %2, i64 %151
  %153 = load i8, ptr %152, align 1, !tbaa !68
  %154 = getelementptr inbounds i8, ptr %32, i64 %151
  store i8 %153, ptr %154, align 1, !tbaa !68
  %155 = add nuw nsw i64 %151, 1
  %156 = icmp eq i64 %155, %137
  br i1 %156, label %157, label %150, !llvm.loop !76

157:                                              ; preds = %150, %139
  %158 = getelementptr inbounds i8, ptr %32, i64 %137
  %159 = getelementptr inbounds i8, ptr %158, i64 4
  %160 = getelementptr inbounds i8, ptr %11, i64 %137
  %161 = sub i32 %29, %111
  %162 = add i32 %161, -4
  %163 = zext i32 %162 to i64
  %164 = icmp ult i32 %162, 8
  br i1 %164, label %165, label %168

165:                                              ; preds = %168, %157
  %166 = phi i64 [ 0, %157 ], [ %169, %168 ]
  %167 = icmp ult i64 %166, %163
  br i1 %167, label %176, label %199

168:                                              ; preds = %157, %168
  %169 = phi i64 [ %174, %168 ], [ 8, %157 ]
  %170 = phi i64 [ %169, %168 ], [ 0, %157 ]
  %171 = getelementptr inbounds i8, ptr %159, i64 %170
  %172 = getelementptr inbounds i8, ptr %160, i64 %170
  %173 = load i64, ptr %172, align 1
  store i64 %173, ptr %171, align 1
  %174 = add nuw nsw i64 %169, 8
  %175 = icmp ugt i64 %174, %163
  br i1 %175, label %165, label %168, !llvm.loop !75

176:                                              ; preds = %165, %176
  %177 = phi i64 [ %181, %176 ], [ %166, %165 ]
  %178 = getelementptr inbounds i8, ptr %160, i64 %177
  %179 = load i8, ptr %178, align 1, !tbaa !68
  %180 = getelementptr inbounds i8, ptr %159, i64 %177
  store i8 %179, ptr %180, align 1, !tbaa !68
  %181 = add nuw nsw i64 %177, 1
  %182 = icmp eq i64 %181, %163
  br i1 %182, label %199, label %176, !llvm.loop !76

183:                                              ; preds = %108
  %184 = icmp ult i32 %29, 8
  br i1 %184, label %185, label %188

185:                                              ; preds = %188, %183
  %186 = phi i64 [ 0, %183 ], [ %189, %188 ]
  %187 = icmp ult i64 %186, %30
  br i1 %187, label %194, label %199

188:                                              ; preds = %183, %188
  %189 = phi i64 [ %192, %188 ], [ 8, %183 ]
  %190 = phi i64 [ %189, %188 ], [ 0, %183 ]
  %191 = getelementptr inbounds i8, ptr %32, i64 %190
  store i64 0, ptr %191, align 1
  %192 = add nuw nsw i64 %189, 8
  %193 = icmp ugt i64 %192, %30
  br i1 %193, label %185, label %188, !llvm.loop !87

194:                                              ; preds = %185, %194
  %195 = phi i64 [ %197, %194 ], [ %186, %185 ]
  %196 = getelementptr inbounds i8, ptr %32, i64 %195
  store i8 0, ptr %196, align 1, !tbaa !68
  %197 = add nuw nsw i64 %195, 1
  %198 = icmp eq i64 %197, %30
  br i1 %198, label %199, label %194, !llvm.loop !88

199:                                              ; preds = %101, %53, %194, %176, %129, %185, %165, %118, %90, %42
  %200 = add nuw nsw i64 %23, 1
  %201 = load i32, ptr %10, align 4, !tbaa !27
  %202 = zext i32 %201 to i64
  %203 = icmp ult i64 %200, %202
  br i1 %203, label %22, label %305, !llvm.loop !89

204:                                              ; preds = %5
  %205 = getelementptr inbounds i8, ptr %0, i64 56
  %206 = load ptr, ptr %205, align 8, !tbaa !40
  %207 = getelementptr inbounds i8, ptr %0, i64 76
  %208 = load i32, ptr %207, align 4, !tbaa !39
  %209 = zext i32 %208 to i64
  %210 = zext i32 %1 to i64
  %211 = mul nuw i64 %209, %210
  %212 = getelementptr inbounds i8, ptr %206, i64 %211
  %213 = getelementptr inbounds i8, ptr %0, i64 4
  %214 = load i32, ptr %213, align 4, !tbaa !20
  %215 = icmp eq i32 %214, 13
  br i1 %215, label %216, label %218

216:                                              ; preds = %204
  %217 = load i64, ptr %2, align 1
  store i64 %217, ptr %212, align 1
  br label %305

218:                                              ; preds = %204
  %219 = getelementptr inbounds i8, ptr %0, i64 36
  %220 = load i32, ptr %219, align 4, !tbaa !29
  %221 = icmp eq i32 %220, -1
  br i1 %221, label %222, label %225

222:                                              ; preds = %218
  %223 = getelementptr inbounds i8, ptr %0, i64 12
  %224 = load i32, ptr %223, align 4, !tbaa !22
  br label %235

225:                                              ; preds = %218
  %226 = zext i32 %220 to i64
  %227 = getelementptr inbounds i8, ptr %212, i64 %226
  store i32 0, ptr %227, align 1
  %228 = load i32, ptr %219, align 4, !tbaa !29
  %229 = getelementptr inbounds i8, ptr %0, i64 12
  %230 = load i32, ptr %229, align 4, !tbaa !22
  %231 = icmp eq i32 %228, -1
  %232 = add i32 %228, 4
  %233 = icmp ugt i32 %232, %230
  %234 = or i1 %231, %233
  br i1 %234, label %235, label %257

235:                                              ; preds = %222, %225
  %236 = phi i32 [ %224, %222 ], [ %230, %225 ]
  %237 = zext i32 %236 to i64
  %238 = icmp ult i32 %236, 8
  br i1 %238, label %239, label %242

239:                                              ; preds = %242, %235
  %240 = phi i64 [ 0, %235 ], [ %243, %242 ]
  %241 = icmp ult i64 %240, %237
  br i1 %241, label %250, label %305

242:                                              ; preds = %235, %242
  %243 = phi i64 [ %248, %242 ], [ 8, %235 ]
  %244 = phi i64 [ %243, %242 ], [ 0, %235 ]
  %245 = getelementptr inbounds i8, ptr %212, i64 %244
  %246 = getelementptr inbounds i8, ptr %2, i64 %244
  %247 = load i64, ptr %246, align 1
  store i64 %247, ptr %245, align 1
  %248 = add nuw nsw i64 %243, 8
  %249 = icmp ugt i64 %248, %237
  br i1 %249, label %239, label %242, !llvm.loop !75

250:                                              ; preds = %239, %250
  %251 = phi i64 [ %255, %250 ], [ %240, %239 ]
  %252 = getelementptr inbounds i8, ptr %2, i64 %251
  %253 = load i8, ptr %252, align 1, !tbaa !68
  %254 = getelementptr inbounds i8, ptr %212, i64 %251
  store i8 %253, ptr %254, align 1, !tbaa !68
  %255 = add nuw nsw i64 %251, 1
  %256 = icmp eq i64 %255, %237
  br i1 %256, label %305, label %250, !llvm.loop !76

257:                                              ; preds = %225
  %258 = zext i32 %228 to i64
  %259 = icmp ult i32 %228, 8
  br i1 %259, label %260, label %263

260:                                              ; preds = %263, %257
  %261 = phi i64 [ 0, %257 ], [ %264, %263 ]
  %262 = icmp ult i64 %261, %258
  br i1 %262, label %271, label %278

263:                                              ; preds = %257, %263
  %264 = phi i64 [ %269, %263 ], [ 8, %257 ]
  %265 = phi i64 [ %264, %263 ], [ 0, %257 ]
  %266 = getelementptr inbounds i8, ptr %212, i64 %265
  %267 = getelementptr inbounds i8, ptr %2, i64 %265
  %268 = load i64, ptr %267, align 1
  store i64 %268, ptr %266, align 1
  %269 = add nuw nsw i64 %264, 8
  %270 = icmp ugt i64 %269, %258
  br i1 %270, label %260, label %263, !llvm.loop !75

271:                                              ; preds = %260, %271
  %272 = phi i64 [ %276, %271 ], [ %261, %260 ]
  %273 = getelementptr inbounds i8, ptr %2, i64 %272
  %274 = load i8, ptr %273, align 1, !tbaa !68
  %275 = getelementptr inbounds i8, ptr %212, i64 %272
  store i8 %274, ptr %275, align 1, !tbaa !68
  %276 = add nuw nsw i64 %272, 1
  %277 = icmp eq i64 %276, %258
  br i1 %277, label %278, label %271, !llvm.loop !76

278:                                              ; preds = %271, %260
  %279 = getelementptr inbounds i8, ptr %212, i64 %258
  %280 = getelementptr inbounds i8, ptr %279, i64 4
  %281 = getelementptr inbounds i8, ptr %2, i64 %258
  %282 = getelementptr inbounds i8, ptr %281, i64 4
  %283 = sub i32 %230, %228
  %284 = add i32 %283, -4
  %285 = zext i32 %284 to i64
  %286 = icmp ult i32 %284, 8
  br i1 %286, label %287, label %290

287:                                              ; preds = %290, %278
  %288 = phi i64 [ 0, %278 ], [ %291, %290 ]
  %289 = icmp ult i64 %288, %285
  br i1 %289, label %298, label %305

290:                                              ; preds = %278, %290
  %291 = phi i64 [ %296, %290 ], [ 8, %278 ]
  %292 = phi i64 [ %291, %290 ], [ 0, %278 ]
  %293 = getelementptr inbounds i8, ptr %280, i64 %292
  %294 = getelementptr inbounds i8, ptr %282, i64 %292
  %295 = load i64, ptr %294, align 1
  store i64 %295, ptr %293, align 1
  %296 = add nuw nsw i64 %291, 8
  %297 = icmp ugt i64 %296, %285
  br i1 %297, label %287, label %290, !llvm.loop !75

298:                                              ; preds = %287, %298
  %299 = phi i64 [ %303, %298 ], [ %288, %287 ]
  %300 = getelementptr inbounds i8, ptr %282, i64 %299
  %301 = load i8, ptr %300, align 1, !tbaa !68
  %302 = getelementptr inbounds i8, ptr %280, i64 %299
  store i8 %301, ptr %302, align 1, !tbaa !68
  %303 = add nuw nsw i64 %299, 1
  %304 = icmp eq i64 %303, %285
  br i1 %304, label %305, label %298, !llvm.loop !76

305:                                              ; preds = %199, %298, %250, %9, %287, %239, %216
  ret void
}

declare void @pb_lru_push_free(ptr noundef, i32 noundef) local_unnamed_addr #7

declare i32 @pb_lru_pop_free(ptr noundef, i32 noundef, i32 noundef) local_unnamed_addr #7

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @copy_in_place(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3, i32 noundef %4) unnamed_addr #8 {
  %6 = icmp eq i32 %4, 0
  br i1 %6, label %17, label %7

7:                                                ; preds = %5
  %8 = getelementptr inbounds i8, ptr %0, i64 28
  %9 = load i32, ptr %8, align 4, !tbaa !27
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %199, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 56
  %13 = getelementptr inbounds i8, ptr %0, i64 76
  %14 = zext i32 %1 to i64
  %15 = getelementptr inbounds i8, ptr %0, i64 32
  %16 = getelementptr inbounds i8, ptr %0, i64 36
  br label %109

17:                                               ; preds = %5
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !40
  %20 = getelementptr inbounds i8, ptr %0, i64 76
  %21 = load i32, ptr %20, align 4, !tbaa !39
  %22 = zext i32 %21 to i64
  %23 = zext i32 %1 to i64
  %24 = mul nuw i64 %22, %23
  %25 = getelementptr inbounds i8, ptr %19, i64 %24
  %26 = getelementptr inbounds i8, ptr %0, i64 32
  %27 = load i32, ptr %26, align 8, !tbaa !35
  %28 = zext i32 %27 to i64
  %29 = zext i32 %3 to i64
  %30 = mul nuw i64 %28, %29
  %31 = getelementptr inbounds i8, ptr %25, i64 %30
  %32 = getelementptr inbounds i8, ptr %0, i64 12
  %33 = load i32, ptr %32, align 4, !tbaa !22
  %34 = getelementptr inbounds i8, ptr %0, i64 36
  %35 = load i32, ptr %34, align 4, !tbaa !29
  %36 = icmp eq i32 %35, -1
  %37 = add i32 %35, 4
  %38 = icmp ugt i32 %37, %33
  %39 = or i1 %36, %38
  br i1 %39, label %40, label %61

40:                                               ; preds = %17
  %41 = zext i32 %33 to i64
  %42 = icmp ult i32 %33, 8
  br i1 %42, label %43, label %46

43:                                               ; preds = %46, %40
  %44 = phi i64 [ 0, %40 ], [ %47, %46 ]
  %45 = icmp ult i64 %44, %41
  br i1 %45, label %54, label %199

46:                                               ; preds = %40, %46
  %47 = phi i64 [ %52, %46 ], [ 8, %40 ]
  %48 = phi i64 [ %47, %46 ], [ 0, %40 ]
  %49 = getelementptr inbounds i8, ptr %31, i64 %48
  %50 = getelementptr inbounds i8, ptr %2, i64 %48
  %51 = load i64, ptr %50, align 1
  store i64 %51, ptr %49, align 1
  %52 = add nuw nsw i64 %47, 8
  %53 = icmp ugt i64 %52, %41
  br i1 %53, label %43, label %46, !llvm.loop !75

54:                                               ; preds = %43, %54
  %55 = phi i64 [ %59, %54 ], [ %44, %43 ]
  %56 = getelementptr inbounds i8, ptr %2, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !68
  %58 = getelementptr inbounds i8, ptr %31, i64 %55
  store i8 %57, ptr %58, align 1, !tbaa !68
  %59 = add nuw nsw i64 %55, 1
  %60 = icmp eq i64 %59, %41
  br i1 %60, label %199, label %54, !llvm.loop !76

61:                                               ; preds = %17
  %62 = zext i32 %35 to i64
  %63 = icmp ult i32 %35, 8
  br i1 %63, label %64, label %67

64:                                               ; preds = %67, %61
  %65 = phi i64 [ 0, %61 ], [ %68, %67 ]
  %66 = icmp ult i64 %65, %62
  br i1 %66, label %75, label %82

67:                                               ; preds = %61, %67
  %68 = phi i64 [ %73, %67 ], [ 8, %61 ]
  %69 = phi i64 [ %68, %67 ], [ 0, %61 ]
  %70 = getelementptr inbounds i8, ptr %31, i64 %69
  %71 = getelementptr inbounds i8, ptr %2, i64 %69
  %72 = load i64, ptr %71, align 1
  store i64 %72, ptr %70, align 1
  %73 = add nuw nsw i64 %68, 8
  %74 = icmp ugt i64 %73, %62
  br i1 %74, label %64, label %67, !llvm.loop !75

75:                                               ; preds = %64, %75
  %76 = phi i64 [ %80, %75 ], [ %65, %64 ]
  %77 = getelementptr inbounds i8, ptr %2, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !68
  %79 = getelementptr inbounds i8, ptr %31, i64 %76
  store i8 %78, ptr %79, align 1, !tbaa !68
  %80 = add nuw nsw i64 %76, 1
  %81 = icmp eq i64 %80, %62
  br i1 %81, label %82, label %75, !llvm.loop !76

82:                                               ; preds = %75, %64
  %83 = getelementptr inbounds i8, ptr %31, i64 %62
  %84 = getelementptr inbounds i8, ptr %83, i64 4
  %85 = getelementptr inbounds i8, ptr %2, i64 %62
  %86 = getelementptr inbounds i8, ptr %85, i64 4
  %87 = sub i32 %33, %35
  %88 = add i32 %87, -4
  %89 = zext i32 %88 to i64
  %90 = icmp ult i32 %88, 8
  br i1 %90, label %91, label %94

91:                                               ; preds = %94, %82
  %92 = phi i64 [ 0, %82 ], [ %95, %94 ]
  %93 = icmp ult i64 %92, %89
  br i1 %93, label %102, label %199

94:                                               ; preds = %82, %94
  %95 = phi i64 [ %100, %94 ], [ 8, %82 ]
  %96 = phi i64 [ %95, %94 ], [ 0, %82 ]
  %97 = getelementptr inbounds i8, ptr %84, i64 %96
  %98 = getelementptr inbounds i8, ptr %86, i64 %96
  %99 = load i64, ptr %98, align 1
  store i64 %99, ptr %97, align 1
  %100 = add nuw nsw i64 %95, 8
  %101 = icmp ugt i64 %100, %89
  br i1 %101, label %91, label %94, !llvm.loop !75

102:                                              ; preds = %91, %102
  %103 = phi i64 [ %107, %102 ], [ %92, %91 ]
  %104 = getelementptr inbounds i8, ptr %86, i64 %103
  %105 = load i8, ptr %104, align 1, !tbaa !68
  %106 = getelementptr inbounds i8, ptr %84, i64 %103
  store i8 %105, ptr %106, align 1, !tbaa !68
  %107 = add nuw nsw i64 %103, 1
  %108 = icmp eq i64 %107, %89
  br i1 %108, label %199, label %102, !llvm.loop !76

109:                                              ; preds = %11, %194
  %110 = phi i64 [ 0, %11 ], [ %195, %194 ]
  %111 = load ptr, ptr %12, align 8, !tbaa !40
  %112 = load i32, ptr %13, align 4, !tbaa !39
  %113 = zext i32 %112 to i64
  %114 = mul nuw i64 %113, %14
  %115 = getelementptr inbounds i8, ptr %111, i64 %114
  %116 = load i32, ptr %15, align 8, !tbaa !74
  %117 = zext i32 %116 to i64
  %118 = mul nuw i64 %110, %117
  %119 = getelementptr inbounds i8, ptr %115, i64 %118
  %120 = getelementptr inbounds i8, ptr %2, i64 %118
  %121 = load i32, ptr %16, align 4, !tbaa !29
  %122 = icmp eq i32 %121, -1
  %123 = add i32 %121, 4
  %124 = icmp ugt i32 %123, %116
  %125 = or i1 %122, %124
  br i1 %125, label %126, label %146

126:                                              ; preds = %109
  %127 = icmp ult i32 %116, 8
  br i1 %127, label %128, label %131

128:                                              ; preds = %131, %126
  %129 = phi i64 [ 0, %126 ], [ %132, %131 ]
  %130 = icmp ult i64 %129, %117
  br i1 %130, label %139, label %194

131:                                              ; preds = %126, %131
  %132 = phi i64 [ %137, %131 ], [ 8, %126 ]
  %133 = phi i64 [ %132, %131 ], [ 0, %126 ]
  %134 = getelementptr inbounds i8, ptr %119, i64 %133
  %135 = getelementptr inbounds i8, ptr %120, i64 %133
  %136 = load i64, ptr %135, align 1
  store i64 %136, ptr %134, align 1
  %137 = add nuw nsw i64 %132, 8
  %138 = icmp ugt i64 %137, %117
  br i1 %138, label %128, label %131, !llvm.loop !75

139:                                              ; preds = %128, %139
  %140 = phi i64 [ %144, %139 ], [ %129, %128 ]
  %141 = getelementptr inbounds i8, ptr %120, i64 %140
  %142 = load i8, ptr %141, align 1, !tbaa !68
  %143 = getelementptr inbounds i8, ptr %119, i64 %140
  store i8 %142, ptr %143, align 1, !tbaa !68
  %144 = add nuw nsw i64 %140, 1
  %145 = icmp eq i64 %144, %117
  br i1 %145, label %194, label %139, !llvm.loop !76

146:                                              ; preds = %109
  %147 = zext i32 %121 to i64
  %148 = icmp ult i32 %121, 8
  br i1 %148, label %149, label %152

149:                                              ; preds = %152, %146
  %150 = phi i64 [ 0, %146 ], [ %153, %152 ]
  %151 = icmp ult i64 %150, %147
  br i1 %151, label %160, label %167

152:                                              ; preds = %146, %152
  %153 = phi i64 [ %158, %152 ], [ 8, %146 ]
  %154 = phi i64 [ %153, %152 ], [ 0, %146 ]
  %155 = getelementptr inbounds i8, ptr %119, i64 %154
  %156 = getelementptr inbounds i8, ptr %120, i64 %154
  %157 = load i64, ptr %156, align 1
  store i64 %157, ptr %155, align 1
  %158 = add nuw nsw i64 %153, 8
  %159 = icmp ugt i64 %158, %147
  br i1 %159, label %149, label %152, !llvm.loop !75

160:                                              ; preds = %149, %160
  %161 = phi i64 [ %165, %160 ], [ %150, %149 ]
  %162 = getelementptr inbounds i8, ptr %120, i64 %161
  %163 = load i8, ptr %162, align 1, !tbaa !68
  %164 = getelementptr inbounds i8, ptr %119, i64 %161
  store i8 %163, ptr %164, align 1, !tbaa !68
  %165 = add nuw nsw i64 %161, 1
  %166 = icmp eq i64 %165, %147
  br i1 %166, label %167, label %160, !llvm.loop !76

167:                                              ; preds = %160, %149
  %168 = getelementptr inbounds i8, ptr %119, i64 %147
  %169 = getelementptr inbounds i8, ptr %168, i64 4
  %170 = getelementptr inbounds i8, ptr %120, i64 %147
  %171 = getelementptr inbounds i8, ptr %170, i64 4
  %172 = sub i32 %116, %121
  %173 = add i32 %172, -4
  %174 = zext i32 %173 to i64
  %175 = icmp ult i32 %173, 8
  br i1 %175, label %176, label %179

176:                                              ; preds = %179, %167
  %177 = phi i64 [ 0, %167 ], [ %180, %179 ]
  %178 = icmp ult i64 %177, %174
  br i1 %178, label %187, label %194

179:                                              ; preds = %167, %179
  %180 = phi i64 [ %185, %179 ], [ 8, %167 ]
  %181 = phi i64 [ %180, %179 ], [ 0, %167 ]
  %182 = getelementptr inbounds i8, ptr %169, i64 %181
  %183 = getelementptr inbounds i8, ptr %171, i64 %181
  %184 = load i64, ptr %183, align 1
  store i64 %184, ptr %182, align 1
  %185 = add nuw nsw i64 %180, 8
  %186 = icmp ugt i64 %185, %174
  br i1 %186, label %176, label %179, !llvm.loop !75

187:                                              ; preds = %176, %187
  %188 = phi i64 [ %192, %187 ], [ %177, %176 ]
  %189 = getelementptr inbounds i8, ptr %171, i64 %188
  %190 = load i8, ptr %189, align 1, !tbaa !68
  %191 = getelementptr inbounds i8, ptr %169, i64 %188
  store i8 %190, ptr %191, align 1, !tbaa !68
  %192 = add nuw nsw i64 %188, 1
  %193 = icmp eq i64 %192, %174
  br i1 %193, label %194, label %187, !llvm.loop !76

194:                                              ; preds = %187, %139, %128, %176
  %195 = add nuw nsw i64 %110, 1
  %196 = load i32, ptr %8, align 4, !tbaa !27
  %197 = zext i32 %196 to i64
  %198 = icmp ult i64 %195, %197
  br i1 %198, label %109, label %199, !llvm.loop !90

199:                                              ; preds = %194, %102, %54, %7, %91, %43
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #9

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { inlinehint nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nobuiltin "no-builtins" }
attributes #11 = { nobuiltin nounwind "no-builtins" }
attributes #12 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 24}
!4 = !{!"pb_params", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !8, i64 40, !5, i64 48, !5, i64 52}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!4, !5, i64 0}
!10 = !{!4, !5, i64 16}
!11 = !{!4, !5, i64 12}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!4, !5, i64 8}
!16 = !{!4, !5, i64 4}
!17 = !{!18, !5, i64 0}
!18 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !19, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!19 = !{!"any pointer", !6, i64 0}
!20 = !{!18, !5, i64 4}
!21 = !{!18, !5, i64 8}
!22 = !{!18, !5, i64 12}
!23 = !{!18, !5, i64 16}
!24 = !{!18, !5, i64 20}
!25 = !{!4, !5, i64 20}
!26 = !{!18, !5, i64 24}
!27 = !{!18, !5, i64 28}
!28 = !{!4, !5, i64 32}
!29 = !{!18, !5, i64 36}
!30 = !{!18, !5, i64 40}
!31 = !{!18, !5, i64 44}
!32 = !{!4, !8, i64 40}
!33 = !{!18, !8, i64 48}
!34 = !{!18, !5, i64 72}
!35 = !{!36, !5, i64 32}
!36 = !{!"pb_htab", !18, i64 0, !5, i64 80, !5, i64 84, !5, i64 88, !5, i64 92, !5, i64 96, !5, i64 100, !5, i64 104, !5, i64 108, !5, i64 112, !5, i64 116, !19, i64 120, !19, i64 128, !19, i64 136, !37, i64 144}
!37 = !{!"pb_lru", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !38, i64 16, !19, i64 48, !19, i64 56, !19, i64 64, !19, i64 72}
!38 = !{!"pb_lru_list", !6, i64 0, !6, i64 12, !5, i64 20, !5, i64 24}
!39 = !{!36, !5, i64 76}
!40 = !{!36, !19, i64 56}
!41 = !{!36, !8, i64 64}
!42 = !{!36, !5, i64 80}
!43 = !{!4, !5, i64 28}
!44 = !{!36, !5, i64 84}
!45 = !{!36, !5, i64 88}
!46 = !{!36, !5, i64 92}
!47 = !{!36, !5, i64 96}
!48 = !{!36, !5, i64 100}
!49 = !{!36, !5, i64 104}
!50 = !{!36, !5, i64 108}
!51 = !{!4, !5, i64 48}
!52 = !{!36, !5, i64 112}
!53 = !{!36, !19, i64 120}
!54 = !{!36, !19, i64 128}
!55 = !{!36, !19, i64 136}
!56 = !{!5, !5, i64 0}
!57 = distinct !{!57, !13, !14}
!58 = !{!19, !19, i64 0}
!59 = !{!60, !5, i64 4}
!60 = !{!"pb_hnode", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !6, i64 16, !6, i64 17, !61, i64 18}
!61 = !{!"short", !6, i64 0}
!62 = distinct !{!62, !13, !14}
!63 = !{!60, !5, i64 0}
!64 = !{!36, !5, i64 72}
!65 = !{!36, !5, i64 8}
!66 = distinct !{!66, !13, !14}
!67 = distinct !{!67, !13, !14}
!68 = !{!6, !6, i64 0}
!69 = distinct !{!69, !13, !14}
!70 = !{!60, !6, i64 17}
!71 = !{!36, !5, i64 4}
!72 = distinct !{!72, !13, !14}
!73 = distinct !{!73, !13, !14}
!74 = !{!18, !5, i64 32}
!75 = distinct !{!75, !13, !14}
!76 = distinct !{!76, !13, !14}
!77 = distinct !{!77, !13, !14}
!78 = distinct !{!78, !13, !14}
!79 = distinct !{!79, !13, !14}
!80 = distinct !{!80, !13, !14}
!81 = distinct !{!81, !13, !14}
!82 = distinct !{!82, !13, !14}
!83 = distinct !{!83, !13, !14}
!84 = !{!8, !8, i64 0}
!85 = distinct !{!85, !13, !14}
!86 = distinct !{!86, !13, !14}
!87 = distinct !{!87, !13, !14}
!88 = distinct !{!88, !13, !14}
!89 = distinct !{!89, !13, !14}
!90 = distinct !{!90, !13, !14}
