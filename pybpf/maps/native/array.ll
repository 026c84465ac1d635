; ModuleID = 'array.c'
source_filename = "array.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pb_array_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 24
  %3 = load i32, ptr %2, align 8, !tbaa !3
  %4 = load i32, ptr %0, align 8, !tbaa !9
  switch i32 %4, label %5 [
    i32 12, label %11
    i32 3, label %11
  ]

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load i32, ptr %6, align 8, !tbaa !10
  %8 = add i32 %7, 7
  %9 = and i32 %8, -8
  %10 = zext i32 %9 to i64
  br label %11

11:                                               ; preds = %5, %1, %1
  %12 = phi i64 [ %10, %5 ], [ 8, %1 ], [ 8, %1 ]
  %13 = icmp eq i32 %4, 3
  %14 = tail call i32 @llvm.umax.i32(i32 %3, i32 1)
  %15 = icmp eq i32 %4, 6
  %16 = select i1 %15, i32 %14, i32 1
  %17 = zext i32 %16 to i64
  %18 = mul nuw i64 %12, %17
  %19 = getelementptr inbounds i8, ptr %0, i64 12
  %20 = load i32, ptr %19, align 4, !tbaa !11
  %21 = zext i32 %20 to i64
  %22 = mul i64 %18, %21
  %23 = add i64 %22, 128
  %24 = and i32 %4, -5
  %25 = icmp eq i32 %24, 2
  %26 = add i64 %22, 135
  %27 = and i64 %26, -8
  %28 = add i64 %27, %21
  %29 = select i1 %25, i64 %23, i64 %28
  %30 = shl nuw nsw i64 %21, 3
  %31 = add i64 %28, 7
  %32 = and i64 %31, -8
  %33 = add i64 %32, %30
  %34 = select i1 %13, i64 %33, i64 %29
  ret i64 %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local noundef ptr @pb_array_init(ptr noundef returned %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  %3 = icmp eq ptr %0, null
  %4 = getelementptr inbounds i8, ptr %1, i64 24
  %5 = load i32, ptr %4, align 8, !tbaa !3
  %6 = tail call i32 @llvm.umax.i32(i32 %5, i32 1)
  %7 = load i32, ptr %1, align 8, !tbaa !9
  %8 = icmp eq i32 %7, 3
  switch i32 %7, label %9 [
    i32 12, label %14
    i32 3, label %14
  ]

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  %11 = load i32, ptr %10, align 8, !tbaa !10
  %12 = add i32 %11, 7
  %13 = and i32 %12, -8
  br label %14

14:                                               ; preds = %9, %2, %2
  %15 = phi i32 [ %13, %9 ], [ 8, %2 ], [ 8, %2 ]
  br i1 %3, label %69, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds i8, ptr %1, i64 12
  %18 = load i32, ptr %17, align 4, !tbaa !11
  %19 = zext i32 %18 to i64
  %20 = add nuw nsw i64 %19, 7
  %21 = zext i32 %15 to i64
  %22 = icmp eq i32 %7, 6
  %23 = select i1 %22, i32 %6, i32 1
  %24 = zext i32 %23 to i64
  %25 = mul nuw i64 %21, %24
  %26 = mul i64 %25, %19
  %27 = add i64 %26, 135
  %28 = and i64 %27, -8
  %29 = add i64 %20, %28
  %30 = and i64 %29, -8
  %31 = getelementptr inbounds i8, ptr %0, i64 %30
  %32 = select i1 %8, ptr %31, ptr null
  %33 = getelementptr inbounds i8, ptr %0, i64 %28
  %34 = and i32 %7, -5
  %35 = icmp eq i32 %34, 2
  %36 = select i1 %35, ptr null, ptr %33
  %37 = getelementptr inbounds i8, ptr %0, i64 128
  store i32 1346522448, ptr %0, align 8, !tbaa !12
  %38 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %7, ptr %38, align 4, !tbaa !15
  %39 = getelementptr inbounds i8, ptr %1, i64 4
  %40 = load i32, ptr %39, align 4, !tbaa !16
  %41 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %40, ptr %41, align 8, !tbaa !17
  %42 = getelementptr inbounds i8, ptr %1, i64 8
  %43 = load i32, ptr %42, align 8, !tbaa !10
  %44 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %43, ptr %44, align 4, !tbaa !18
  %45 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %18, ptr %45, align 8, !tbaa !19
  %46 = getelementptr inbounds i8, ptr %1, i64 16
  %47 = load i32, ptr %46, align 8, !tbaa !20
  %48 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %47, ptr %48, align 4, !tbaa !21
  %49 = getelementptr inbounds i8, ptr %1, i64 20
  %50 = load i32, ptr %49, align 4, !tbaa !22
  %51 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %50, ptr %51, align 8, !tbaa !23
  %52 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %6, ptr %52, align 4, !tbaa !24
  %53 = getelementptr inbounds i8, ptr %0, i64 32
  %54 = getelementptr inbounds i8, ptr %1, i64 32
  %55 = load i32, ptr %54, align 8, !tbaa !25
  %56 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %55, ptr %56, align 4, !tbaa !26
  %57 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %57, align 8, !tbaa !27
  %58 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 1, ptr %58, align 4, !tbaa !28
  %59 = getelementptr inbounds i8, ptr %1, i64 40
  %60 = load i64, ptr %59, align 8, !tbaa !29
  %61 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %60, ptr %61, align 8, !tbaa !30
  %62 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 %15, ptr %53, align 8, !tbaa !31
  %63 = trunc i64 %25 to i32
  %64 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 %63, ptr %64, align 4, !tbaa !33
  %65 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %37, ptr %65, align 8, !tbaa !34
  %66 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %26, ptr %66, align 8, !tbaa !35
  store i32 %18, ptr %62, align 8, !tbaa !36
  %67 = getelementptr inbounds i8, ptr %0, i64 80
  store ptr %36, ptr %67, align 8, !tbaa !37
  %68 = getelementptr inbounds i8, ptr %0, i64 88
  store ptr %32, ptr %68, align 8, !tbaa !38
  br label %69

69:                                               ; preds = %14, %16
  ret ptr %0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none)
define dso_local ptr @pb_array_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = load i32, ptr %1, align 1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load i32, ptr %5, align 8, !tbaa !19
  %7 = icmp ult i32 %4, %6
  br i1 %7, label %8, label %71

8:                                                ; preds = %3
  %9 = getelementptr inbounds i8, ptr %0, i64 4
  %10 = load i32, ptr %9, align 4, !tbaa !15
  switch i32 %10, label %71 [
    i32 2, label %11
    i32 6, label %20
    i32 12, label %39
    i32 14, label %56
    i32 16, label %56
    i32 17, label %56
  ]

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, ptr %0, i64 56
  %13 = load ptr, ptr %12, align 8, !tbaa !39
  %14 = getelementptr inbounds i8, ptr %0, i64 76
  %15 = load i32, ptr %14, align 4, !tbaa !40
  %16 = zext i32 %15 to i64
  %17 = zext i32 %4 to i64
  %18 = mul nuw i64 %16, %17
  %19 = getelementptr inbounds i8, ptr %13, i64 %18
  br label %71

20:                                               ; preds = %8
  %21 = getelementptr inbounds i8, ptr %0, i64 28
  %22 = load i32, ptr %21, align 4, !tbaa !24
  %23 = icmp ugt i32 %22, %2
  br i1 %23, label %24, label %71

24:                                               ; preds = %20
  %25 = getelementptr inbounds i8, ptr %0, i64 56
  %26 = load ptr, ptr %25, align 8, !tbaa !39
  %27 = getelementptr inbounds i8, ptr %0, i64 76
  %28 = load i32, ptr %27, align 4, !tbaa !40
  %29 = zext i32 %28 to i64
  %30 = zext i32 %4 to i64
  %31 = mul nuw i64 %29, %30
  %32 = getelementptr inbounds i8, ptr %26, i64 %31
  %33 = getelementptr inbounds i8, ptr %0, i64 32
  %34 = load i32, ptr %33, align 8, !tbaa !41
  %35 = zext i32 %34 to i64
  %36 = zext i32 %2 to i64
  %37 = mul nuw i64 %35, %36
  %38 = getelementptr inbounds i8, ptr %32, i64 %37
  br label %71

39:                                               ; preds = %8
  %40 = getelementptr inbounds i8, ptr %0, i64 80
  %41 = load ptr, ptr %40, align 8, !tbaa !37
  %42 = zext i32 %4 to i64
  %43 = getelementptr inbounds i8, ptr %41, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !42
  %45 = icmp eq i8 %44, 0
  br i1 %45, label %71, label %46

46:                                               ; preds = %39
  %47 = getelementptr inbounds i8, ptr %0, i64 56
  %48 = load ptr, ptr %47, align 8, !tbaa !39
  %49 = getelementptr inbounds i8, ptr %0, i64 76
  %50 = load i32, ptr %49, align 4, !tbaa !40
  %51 = zext i32 %50 to i64
  %52 = mul nuw i64 %51, %42
  %53 = getelementptr inbounds i8, ptr %48, i64 %52
  %54 = load i64, ptr %53, align 1
  %55 = inttoptr i64 %54 to ptr
  br label %71

56:                                               ; preds = %8, %8, %8
  %57 = getelementptr inbounds i8, ptr %0, i64 80
  %58 = load ptr, ptr %57, align 8, !tbaa !37
  %59 = zext i32 %4 to i64
  %60 = getelementptr inbounds i8, ptr %58, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !42
  %62 = icmp eq i8 %61, 0
  br i1 %62, label %71, label %63

63:                                               ; preds = %56
  %64 = getelementptr inbounds i8, ptr %0, i64 56
  %65 = load ptr, ptr %64, align 8, !tbaa !39
  %66 = getelementptr inbounds i8, ptr %0, i64 76
  %67 = load i32, ptr %66, align 4, !tbaa !40
  %68 = zext i32 %67 to i64
  %69 = mul nuw i64 %68, %59
  %70 = getelementptr inbounds i8, ptr %65, i64 %69
  br label %71

71:                                               ; preds = %8, %63, %56, %46, %39, %24, %20, %3, %11
  %72 = phi ptr [ %19, %11 ], [ null, %3 ], [ %38, %24 ], [ null, %20 ], [ %55, %46 ], [ null, %39 ], [ %70, %63 ], [ null, %56 ], [ null, %8 ]
  ret ptr %72
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -75, 1) i64 @pb_array_update(ptr noundef readonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, i64 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #3 {
  %7 = load i32, ptr %1, align 1
  %8 = getelementptr inbounds i8, ptr %0, i64 4
  %9 = load i32, ptr %8, align 4, !tbaa !15
  switch i32 %9, label %466 [
    i32 2, label %10
    i32 6, label %50
    i32 3, label %198
    i32 4, label %198
    i32 8, label %198
    i32 12, label %198
    i32 14, label %248
    i32 16, label %332
    i32 17, label %414
  ]

10:                                               ; preds = %6
  %11 = and i64 %3, -5
  %12 = icmp ugt i64 %11, 2
  br i1 %12, label %466, label %13

13:                                               ; preds = %10
  %14 = getelementptr inbounds i8, ptr %0, i64 16
  %15 = load i32, ptr %14, align 8, !tbaa !19
  %16 = icmp ult i32 %7, %15
  br i1 %16, label %17, label %466

17:                                               ; preds = %13
  %18 = and i64 %3, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %20, label %466

20:                                               ; preds = %17
  %21 = and i64 %3, 4
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %39, label %23

23:                                               ; preds = %20
  %24 = getelementptr inbounds i8, ptr %0, i64 36
  %25 = load i32, ptr %24, align 4, !tbaa !26
  %26 = icmp eq i32 %25, -1
  br i1 %26, label %466, label %27

27:                                               ; preds = %23
  %28 = getelementptr inbounds i8, ptr %0, i64 56
  %29 = load ptr, ptr %28, align 8, !tbaa !39
  %30 = getelementptr inbounds i8, ptr %0, i64 76
  %31 = load i32, ptr %30, align 4, !tbaa !40
  %32 = zext i32 %31 to i64
  %33 = zext i32 %7 to i64
  %34 = mul nuw i64 %32, %33
  %35 = getelementptr inbounds i8, ptr %29, i64 %34
  %36 = getelementptr inbounds i8, ptr %0, i64 12
  %37 = load i32, ptr %36, align 4, !tbaa !18
  %38 = tail call fastcc i64 @pb_copy_value_locked(ptr noundef nonnull %0, ptr noundef %35, ptr noundef %2, i32 noundef %37, ptr noundef %35) #9
  br label %466

39:                                               ; preds = %20
  %40 = getelementptr inbounds i8, ptr %0, i64 56
  %41 = load ptr, ptr %40, align 8, !tbaa !39
  %42 = getelementptr inbounds i8, ptr %0, i64 76
  %43 = load i32, ptr %42, align 4, !tbaa !40
  %44 = zext i32 %43 to i64
  %45 = zext i32 %7 to i64
  %46 = mul nuw i64 %44, %45
  %47 = getelementptr inbounds i8, ptr %41, i64 %46
  %48 = getelementptr inbounds i8, ptr %0, i64 12
  %49 = load i32, ptr %48, align 4, !tbaa !18
  tail call fastcc void @pb_copy_value(ptr noundef nonnull %0, ptr noundef %47, ptr noundef %2, i32 noundef %49) #9
  br label %466

50:                                               ; preds = %6
  %51 = icmp eq i32 %5, 0
  br i1 %51, label %54, label %52

52:                                               ; preds = %50
  %53 = icmp ugt i64 %3, 2
  br i1 %53, label %466, label %61

54:                                               ; preds = %50
  %55 = and i64 %3, -5
  %56 = icmp ugt i64 %55, 2
  br i1 %56, label %466, label %57

57:                                               ; preds = %54
  %58 = getelementptr inbounds i8, ptr %0, i64 16
  %59 = load i32, ptr %58, align 8, !tbaa !19
  %60 = icmp ult i32 %7, %59
  br i1 %60, label %67, label %466

61:                                               ; preds = %52
  %62 = getelementptr inbounds i8, ptr %0, i64 16
  %63 = load i32, ptr %62, align 8, !tbaa !19
  %64 = icmp ult i32 %7, %63
  br i1 %64, label %65, label %466

65:                                               ; preds = %61
  %66 = icmp eq i64 %3, 1
  br i1 %66, label %466, label %70

67:                                               ; preds = %57
  %68 = and i64 %3, 1
  %69 = icmp eq i64 %68, 0
  br i1 %69, label %80, label %466

70:                                               ; preds = %65
  %71 = getelementptr inbounds i8, ptr %0, i64 28
  %72 = load i32, ptr %71, align 4, !tbaa !24
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %466, label %74

74:                                               ; preds = %70
  %75 = getelementptr inbounds i8, ptr %0, i64 56
  %76 = getelementptr inbounds i8, ptr %0, i64 76
  %77 = zext i32 %7 to i64
  %78 = getelementptr inbounds i8, ptr %0, i64 32
  %79 = getelementptr inbounds i8, ptr %0, i64 36
  br label %108

80:                                               ; preds = %67
  %81 = and i64 %3, 4
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %87, label %83

83:                                               ; preds = %80
  %84 = getelementptr inbounds i8, ptr %0, i64 36
  %85 = load i32, ptr %84, align 4, !tbaa !26
  %86 = icmp eq i32 %85, -1
  br i1 %86, label %466, label %87

87:                                               ; preds = %83, %80
  %88 = getelementptr inbounds i8, ptr %0, i64 28
  %89 = load i32, ptr %88, align 4, !tbaa !24
  %90 = icmp ugt i32 %89, %4
  br i1 %90, label %91, label %466

91:                                               ; preds = %87
  %92 = getelementptr inbounds i8, ptr %0, i64 56
  %93 = load ptr, ptr %92, align 8, !tbaa !39
  %94 = getelementptr inbounds i8, ptr %0, i64 76
  %95 = load i32, ptr %94, align 4, !tbaa !40
  %96 = zext i32 %95 to i64
  %97 = zext i32 %7 to i64
  %98 = mul nuw i64 %96, %97
  %99 = getelementptr inbounds i8, ptr %93, i64 %98
  %100 = getelementptr inbounds i8, ptr %0, i64 32
  %101 = load i32, ptr %100, align 8, !tbaa !41
  %102 = zext i32 %101 to i64
  %103 = zext i32 %4 to i64
  %104 = mul nuw i64 %102, %103
  %105 = getelementptr inbounds i8, ptr %99, i64 %104
  %106 = getelementptr inbounds i8, ptr %0, i64 12
  %107 = load i32, ptr %106, align 4, !tbaa !18
  tail call fastcc void @pb_copy_value(ptr noundef nonnull %0, ptr noundef %105, ptr noundef %2, i32 noundef %107) #9
  br label %466

108:                                              ; preds = %74, %193
  %109 = phi i64 [ 0, %74 ], [ %194, %193 ]
  %110 = load ptr, ptr %75, align 8, !tbaa !39
  %111 = load i32, ptr %76, align 4, !tbaa !40
  %112 = zext i32 %111 to i64
  %113 = mul nuw i64 %112, %77
  %114 = getelementptr inbounds i8, ptr %110, i64 %113
  %115 = load i32, ptr %78, align 8, !tbaa !41
  %116 = zext i32 %115 to i64
  %117 = mul nuw i64 %109, %116
  %118 = getelementptr inbounds i8, ptr %114, i64 %117
  %119 = getelementptr inbounds i8, ptr %2, i64 %117
  %120 = load i32, ptr %79, align 4, !tbaa !26
  %121 = icmp eq i32 %120, -1
  %122 = add i32 %120, 4
  %123 = icmp ugt i32 %122, %115
  %124 = or i1 %121, %123
  br i1 %124, label %125, label %145

125:                                              ; preds = %108
  %126 = icmp ult i32 %115, 8
  br i1 %126, label %127, label %130

127:                                              ; preds = %130, %125
  %128 = phi i64 [ 0, %125 ], [ %131, %130 ]
  %129 = icmp ult i64 %128, %116
  br i1 %129, label %138, label %193

130:                                              ; preds = %125, %130
  %131 = phi i64 [ %136, %130 ], [ 8, %125 ]
  %132 = phi i64 [ %131, %130 ], [ 0, %125 ]
  %133 = getelementptr inbounds i8, ptr %118, i64 %132
  %134 = getelementptr inbounds i8, ptr %119, i64 %132
  %135 = load i64, ptr %134, align 1
  store i64 %135, ptr %133, align 1
  %136 = add nuw nsw i64 %131, 8
  %137 = icmp ugt i64 %136, %116
  br i1 %137, label %127, label %130, !llvm.loop !43

138:                                              ; preds = %127, %138
  %139 = phi i64 [ %143, %138 ], [ %128, %127 ]
  %140 = getelementptr inbounds i8, ptr %119, i64 %139
  %141 = load i8, ptr %140, align 1, !tbaa !42
  %142 = getelementptr inbounds i8, ptr %118, i64 %139
  store i8 %141, ptr %142, align 1, !tbaa !42
  %143 = add nuw nsw i64 %139, 1
  %144 = icmp eq i64 %143, %116
  br i1 %144, label %193, label %138, !llvm.loop !46

145:                                              ; preds = %108
  %146 = zext i32 %120 to i64
  %147 = icmp ult i32 %120, 8
  br i1 %147, label %148, label %151

148:                                              ; preds = %151, %145
  %149 = phi i64 [ 0, %145 ], [ %152, %151 ]
  %150 = icmp ult i64 %149, %146
  br i1 %150, label %159, label %166

151:                                              ; preds = %145, %151
  %152 = phi i64 [ %157, %151 ], [ 8, %145 ]
  %153 = phi i64 [ %152, %151 ], [ 0, %145 ]
  %154 = getelementptr inbounds i8, ptr %118, i64 %153
  %155 = getelementptr inbounds i8, ptr %119, i64 %153
  %156 = load i64, ptr %155, align 1
  store i64 %156, ptr %154, align 1
  %157 = add nuw nsw i64 %152, 8
  %158 = icmp ugt i64 %157, %146
  br i1 %158, label %148, label %151, !llvm.loop !43

159:                                              ; preds = %148, %159
  %160 = phi i64 [ %164, %159 ], [ %149, %148 ]
  %161 = getelementptr inbounds i8, ptr %119, i64 %160
  %162 = load i8, ptr %161, align 1, !tbaa !42
  %163 = getelementptr inbounds i8, ptr %118, i64 %160
  store i8 %162, ptr %163, align 1, !tbaa !42
  %164 = add nuw nsw i64 %160, 1
  %165 = icmp eq i64 %164, %146
  br i1 %165, label %166, label %159, !llvm.loop !46

166:                                              ; preds = %159, %148
  %167 = getelementptr inbounds i8, ptr %118, i64 %146
  %168 = getelementptr inbounds i8, ptr %167, i64 4
  %169 = getelementptr inbounds i8, ptr %119, i64 %146
  %170 = getelementptr inbounds i8, ptr %169, i64 4
  %171 = sub i32 %115, %120
  %172 = add i32 %171, -4
  %173 = zext i32 %172 to i64
  %174 = icmp ult i32 %172, 8
  br i1 %174, label %175, label %178

175:                                              ; preds = %178, %166
  %176 = phi i64 [ 0, %166 ], [ %179, %178 ]
  %177 = icmp ult i64 %176, %173
  br i1 %177, label %186, label %193

178:                                              ; preds = %166, %178
  %179 = phi i64 [ %184, %178 ], [ 8, %166 ]
  %180 = phi i64 [ %179, %178 ], [ 0, %166 ]
  %181 = getelementptr inbounds i8, ptr %168, i64 %180
  %182 = getelementptr inbounds i8, ptr %170, i64 %180
  %183 = load i64, ptr %182, align 1
  store i64 %183, ptr %181, align 1
  %184 = add nuw nsw i64 %179, 8
  %185 = icmp ugt i64 %184, %173
  br i1 %185, label %175, label %178, !llvm.loop !43

186:                                              ; preds = %175, %186
  %187 = phi i64 [ %191, %186 ], [ %176, %175 ]
  %188 = getelementptr inbounds i8, ptr %170, i64 %187
  %189 = load i8, ptr %188, align 1, !tbaa !42
  %190 = getelementptr inbounds i8, ptr %168, i64 %187
  store i8 %189, ptr %190, align 1, !tbaa !42
  %191 = add nuw nsw i64 %187, 1
  %192 = icmp eq i64 %191, %173
  br i1 %192, label %193, label %186, !llvm.loop !46

193:                                              ; preds = %186, %138, %127, %175
  %194 = add nuw nsw i64 %109, 1
  %195 = load i32, ptr %71, align 4, !tbaa !24
  %196 = zext i32 %195 to i64
  %197 = icmp ult i64 %194, %196
  br i1 %197, label %108, label %466, !llvm.loop !47

198:                                              ; preds = %6, %6, %6, %6
  %199 = icmp eq i64 %3, 0
  br i1 %199, label %200, label %466

200:                                              ; preds = %198
  %201 = getelementptr inbounds i8, ptr %0, i64 16
  %202 = load i32, ptr %201, align 8, !tbaa !19
  %203 = icmp ult i32 %7, %202
  br i1 %203, label %204, label %466

204:                                              ; preds = %200
  %205 = getelementptr inbounds i8, ptr %0, i64 56
  %206 = load ptr, ptr %205, align 8, !tbaa !39
  %207 = getelementptr inbounds i8, ptr %0, i64 76
  %208 = load i32, ptr %207, align 4, !tbaa !40
  %209 = zext i32 %208 to i64
  %210 = zext i32 %7 to i64
  %211 = mul nuw i64 %209, %210
  %212 = getelementptr inbounds i8, ptr %206, i64 %211
  switch i32 %9, label %213 [
    i32 12, label %218
    i32 3, label %218
  ]

213:                                              ; preds = %204
  %214 = getelementptr inbounds i8, ptr %0, i64 12
  %215 = load i32, ptr %214, align 4, !tbaa !18
  %216 = zext i32 %215 to i64
  %217 = icmp ult i32 %215, 8
  br i1 %217, label %220, label %218

218:                                              ; preds = %204, %204, %213
  %219 = phi i64 [ %216, %213 ], [ 8, %204 ], [ 8, %204 ]
  br label %224

220:                                              ; preds = %224, %213
  %221 = phi i64 [ %216, %213 ], [ %219, %224 ]
  %222 = phi i64 [ 0, %213 ], [ %225, %224 ]
  %223 = icmp ult i64 %222, %221
  br i1 %223, label %232, label %239

224:                                              ; preds = %218, %224
  %225 = phi i64 [ %230, %224 ], [ 8, %218 ]
  %226 = phi i64 [ %225, %224 ], [ 0, %218 ]
  %227 = getelementptr inbounds i8, ptr %212, i64 %226
  %228 = getelementptr inbounds i8, ptr %2, i64 %226
  %229 = load i64, ptr %228, align 1
  store i64 %229, ptr %227, align 1
  %230 = add nuw nsw i64 %225, 8
  %231 = icmp ugt i64 %230, %219
  br i1 %231, label %220, label %224, !llvm.loop !43

232:                                              ; preds = %220, %232
  %233 = phi i64 [ %237, %232 ], [ %222, %220 ]
  %234 = getelementptr inbounds i8, ptr %2, i64 %233
  %235 = load i8, ptr %234, align 1, !tbaa !42
  %236 = getelementptr inbounds i8, ptr %212, i64 %233
  store i8 %235, ptr %236, align 1, !tbaa !42
  %237 = add nuw nsw i64 %233, 1
  %238 = icmp eq i64 %237, %221
  br i1 %238, label %239, label %232, !llvm.loop !46

239:                                              ; preds = %232, %220
  %240 = getelementptr inbounds i8, ptr %0, i64 80
  %241 = load ptr, ptr %240, align 8, !tbaa !37
  %242 = getelementptr inbounds i8, ptr %241, i64 %210
  store i8 1, ptr %242, align 1, !tbaa !42
  %243 = getelementptr inbounds i8, ptr %0, i64 88
  %244 = load ptr, ptr %243, align 8, !tbaa !38
  %245 = icmp eq ptr %244, null
  br i1 %245, label %466, label %246

246:                                              ; preds = %239
  %247 = getelementptr inbounds i64, ptr %244, i64 %210
  store i64 0, ptr %247, align 8, !tbaa !48
  br label %466

248:                                              ; preds = %6
  %249 = icmp ugt i64 %3, 2
  br i1 %249, label %466, label %250

250:                                              ; preds = %248
  %251 = getelementptr inbounds i8, ptr %0, i64 16
  %252 = load i32, ptr %251, align 8, !tbaa !19
  %253 = icmp ult i32 %7, %252
  br i1 %253, label %254, label %466

254:                                              ; preds = %250
  %255 = icmp eq i64 %3, 1
  br i1 %255, label %466, label %256

256:                                              ; preds = %254
  %257 = load i32, ptr %2, align 1
  %258 = icmp eq i32 %257, 0
  br i1 %258, label %259, label %297

259:                                              ; preds = %256
  %260 = getelementptr inbounds i8, ptr %0, i64 12
  %261 = load i32, ptr %260, align 4, !tbaa !18
  %262 = icmp ugt i32 %261, 7
  br i1 %262, label %263, label %267

263:                                              ; preds = %259
  %264 = getelementptr inbounds i8, ptr %2, i64 4
  %265 = load i32, ptr %264, align 1
  %266 = icmp sgt i32 %265, 0
  br i1 %266, label %466, label %267

267:                                              ; preds = %263, %259
  %268 = getelementptr inbounds i8, ptr %0, i64 80
  %269 = load ptr, ptr %268, align 8, !tbaa !37
  %270 = zext i32 %7 to i64
  %271 = getelementptr inbounds i8, ptr %269, i64 %270
  store i8 0, ptr %271, align 1, !tbaa !42
  %272 = getelementptr inbounds i8, ptr %0, i64 56
  %273 = load ptr, ptr %272, align 8, !tbaa !39
  %274 = getelementptr inbounds i8, ptr %0, i64 76
  %275 = load i32, ptr %274, align 4, !tbaa !40
  %276 = zext i32 %275 to i64
  %277 = mul nuw i64 %276, %270
  %278 = getelementptr inbounds i8, ptr %273, i64 %277
  %279 = getelementptr inbounds i8, ptr %0, i64 32
  %280 = load i32, ptr %279, align 8, !tbaa !41
  %281 = zext i32 %280 to i64
  %282 = icmp ult i32 %280, 8
  br i1 %282, label %283, label %286

283:                                              ; preds = %286, %267
  %284 = phi i64 [ 0, %267 ], [ %287, %286 ]
  %285 = icmp ult i64 %284, %281
  br i1 %285, label %292, label %466

286:                                              ; preds = %267, %286
  %287 = phi i64 [ %290, %286 ], [ 8, %267 ]
  %288 = phi i64 [ %287, %286 ], [ 0, %267 ]
  %289 = getelementptr inbounds i8, ptr %278, i64 %288
  store i64 0, ptr %289, align 1
  %290 = add nuw nsw i64 %287, 8
  %291 = icmp ugt i64 %290, %281
  br i1 %291, label %283, label %286, !llvm.loop !49

292:                                              ; preds = %283, %292
  %293 = phi i64 [ %295, %292 ], [ %284, %283 ]
  %294 = getelementptr inbounds i8, ptr %278, i64 %293
  store i8 0, ptr %294, align 1, !tbaa !42
  %295 = add nuw nsw i64 %293, 1
  %296 = icmp eq i64 %295, %281
  br i1 %296, label %466, label %292, !llvm.loop !50

297:                                              ; preds = %256
  %298 = getelementptr inbounds i8, ptr %0, i64 56
  %299 = load ptr, ptr %298, align 8, !tbaa !39
  %300 = getelementptr inbounds i8, ptr %0, i64 76
  %301 = load i32, ptr %300, align 4, !tbaa !40
  %302 = zext i32 %301 to i64
  %303 = zext i32 %7 to i64
  %304 = mul nuw i64 %302, %303
  %305 = getelementptr inbounds i8, ptr %299, i64 %304
  %306 = getelementptr inbounds i8, ptr %0, i64 12
  %307 = load i32, ptr %306, align 4, !tbaa !18
  %308 = zext i32 %307 to i64
  %309 = icmp ult i32 %307, 8
  br i1 %309, label %310, label %313

310:                                              ; preds = %313, %297
  %311 = phi i64 [ 0, %297 ], [ %314, %313 ]
  %312 = icmp ult i64 %311, %308
  br i1 %312, label %321, label %328

313:                                              ; preds = %297, %313
  %314 = phi i64 [ %319, %313 ], [ 8, %297 ]
  %315 = phi i64 [ %314, %313 ], [ 0, %297 ]
  %316 = getelementptr inbounds i8, ptr %305, i64 %315
  %317 = getelementptr inbounds i8, ptr %2, i64 %315
  %318 = load i64, ptr %317, align 1
  store i64 %318, ptr %316, align 1
  %319 = add nuw nsw i64 %314, 8
  %320 = icmp ugt i64 %319, %308
  br i1 %320, label %310, label %313, !llvm.loop !43

321:                                              ; preds = %310, %321
  %322 = phi i64 [ %326, %321 ], [ %311, %310 ]
  %323 = getelementptr inbounds i8, ptr %2, i64 %322
  %324 = load i8, ptr %323, align 1, !tbaa !42
  %325 = getelementptr inbounds i8, ptr %305, i64 %322
  store i8 %324, ptr %325, align 1, !tbaa !42
  %326 = add nuw nsw i64 %322, 1
  %327 = icmp eq i64 %326, %308
  br i1 %327, label %328, label %321, !llvm.loop !46

328:                                              ; preds = %321, %310
  %329 = getelementptr inbounds i8, ptr %0, i64 80
  %330 = load ptr, ptr %329, align 8, !tbaa !37
  %331 = getelementptr inbounds i8, ptr %330, i64 %303
  store i8 1, ptr %331, align 1, !tbaa !42
  br label %466

332:                                              ; preds = %6
  %333 = icmp ugt i64 %3, 2
  br i1 %333, label %466, label %334

334:                                              ; preds = %332
  %335 = getelementptr inbounds i8, ptr %0, i64 16
  %336 = load i32, ptr %335, align 8, !tbaa !19
  %337 = icmp ult i32 %7, %336
  br i1 %337, label %338, label %466

338:                                              ; preds = %334
  %339 = icmp eq i64 %3, 1
  br i1 %339, label %466, label %340

340:                                              ; preds = %338
  %341 = load i32, ptr %2, align 1
  %342 = icmp ugt i32 %341, 16384
  br i1 %342, label %466, label %343

343:                                              ; preds = %340
  %344 = getelementptr inbounds i8, ptr %0, i64 28
  %345 = load i32, ptr %344, align 4, !tbaa !24
  %346 = icmp ult i32 %7, %345
  br i1 %346, label %347, label %466

347:                                              ; preds = %343
  %348 = icmp eq i32 %341, 0
  br i1 %348, label %349, label %379

349:                                              ; preds = %347
  %350 = getelementptr inbounds i8, ptr %0, i64 80
  %351 = load ptr, ptr %350, align 8, !tbaa !37
  %352 = zext i32 %7 to i64
  %353 = getelementptr inbounds i8, ptr %351, i64 %352
  store i8 0, ptr %353, align 1, !tbaa !42
  %354 = getelementptr inbounds i8, ptr %0, i64 56
  %355 = load ptr, ptr %354, align 8, !tbaa !39
  %356 = getelementptr inbounds i8, ptr %0, i64 76
  %357 = load i32, ptr %356, align 4, !tbaa !40
  %358 = zext i32 %357 to i64
  %359 = mul nuw i64 %358, %352
  %360 = getelementptr inbounds i8, ptr %355, i64 %359
  %361 = getelementptr inbounds i8, ptr %0, i64 32
  %362 = load i32, ptr %361, align 8, !tbaa !41
  %363 = zext i32 %362 to i64
  %364 = icmp ult i32 %362, 8
  br i1 %364, label %365, label %368

365:                                              ; preds = %368, %349
  %366 = phi i64 [ 0, %349 ], [ %369, %368 ]
  %367 = icmp ult i64 %366, %363
  br i1 %367, label %374, label %466

368:                                              ; preds = %349, %368
  %369 = phi i64 [ %372, %368 ], [ 8, %349 ]
  %370 = phi i64 [ %369, %368 ], [ 0, %349 ]
  %371 = getelementptr inbounds i8, ptr %360, i64 %370
  store i64 0, ptr %371, align 1
  %372 = add nuw nsw i64 %369, 8
  %373 = icmp ugt i64 %372, %363
  br i1 %373, label %365, label %368, !llvm.loop !49

374:                                              ; preds = %365, %374
  %375 = phi i64 [ %377, %374 ], [ %366, %365 ]
  %376 = getelementptr inbounds i8, ptr %360, i64 %375
  store i8 0, ptr %376, align 1, !tbaa !42
  %377 = add nuw nsw i64 %375, 1
  %378 = icmp eq i64 %377, %363
  br i1 %378, label %466, label %374, !llvm.loop !50

379:                                              ; preds = %347
  %380 = getelementptr inbounds i8, ptr %0, i64 56
  %381 = load ptr, ptr %380, align 8, !tbaa !39
  %382 = getelementptr inbounds i8, ptr %0, i64 76
  %383 = load i32, ptr %382, align 4, !tbaa !40
  %384 = zext i32 %383 to i64
  %385 = zext i32 %7 to i64
  %386 = mul nuw i64 %384, %385
  %387 = getelementptr inbounds i8, ptr %381, i64 %386
  %388 = getelementptr inbounds i8, ptr %0, i64 12
  %389 = load i32, ptr %388, align 4, !tbaa !18
  %390 = zext i32 %389 to i64
  %391 = icmp ult i32 %389, 8
  br i1 %391, label %392, label %395

392:                                              ; preds = %395, %379
  %393 = phi i64 [ 0, %379 ], [ %396, %395 ]
  %394 = icmp ult i64 %393, %390
  br i1 %394, label %403, label %410

395:                                              ; preds = %379, %395
  %396 = phi i64 [ %401, %395 ], [ 8, %379 ]
  %397 = phi i64 [ %396, %395 ], [ 0, %379 ]
  %398 = getelementptr inbounds i8, ptr %387, i64 %397
  %399 = getelementptr inbounds i8, ptr %2, i64 %397
  %400 = load i64, ptr %399, align 1
  store i64 %400, ptr %398, align 1
  %401 = add nuw nsw i64 %396, 8
  %402 = icmp ugt i64 %401, %390
  br i1 %402, label %392, label %395, !llvm.loop !43

403:                                              ; preds = %392, %403
  %404 = phi i64 [ %408, %403 ], [ %393, %392 ]
  %405 = getelementptr inbounds i8, ptr %2, i64 %404
  %406 = load i8, ptr %405, align 1, !tbaa !42
  %407 = getelementptr inbounds i8, ptr %387, i64 %404
  store i8 %406, ptr %407, align 1, !tbaa !42
  %408 = add nuw nsw i64 %404, 1
  %409 = icmp eq i64 %408, %390
  br i1 %409, label %410, label %403, !llvm.loop !46

410:                                              ; preds = %403, %392
  %411 = getelementptr inbounds i8, ptr %0, i64 80
  %412 = load ptr, ptr %411, align 8, !tbaa !37
  %413 = getelementptr inbounds i8, ptr %412, i64 %385
  store i8 1, ptr %413, align 1, !tbaa !42
  br label %466

414:                                              ; preds = %6
  %415 = icmp ugt i64 %3, 2
  br i1 %415, label %466, label %416

416:                                              ; preds = %414
  %417 = getelementptr inbounds i8, ptr %0, i64 16
  %418 = load i32, ptr %417, align 8, !tbaa !19
  %419 = icmp ult i32 %7, %418
  br i1 %419, label %420, label %466

420:                                              ; preds = %416
  %421 = getelementptr inbounds i8, ptr %0, i64 80
  %422 = load ptr, ptr %421, align 8, !tbaa !37
  %423 = zext i32 %7 to i64
  %424 = getelementptr inbounds i8, ptr %422, i64 %423
  %425 = load i8, ptr %424, align 1, !tbaa !42
  %426 = icmp ne i8 %425, 0
  %427 = icmp eq i64 %3, 1
  %428 = and i1 %427, %426
  br i1 %428, label %466, label %429

429:                                              ; preds = %420
  %430 = icmp eq i8 %425, 0
  %431 = icmp eq i64 %3, 2
  %432 = and i1 %431, %430
  br i1 %432, label %466, label %433

433:                                              ; preds = %429
  %434 = getelementptr inbounds i8, ptr %0, i64 56
  %435 = load ptr, ptr %434, align 8, !tbaa !39
  %436 = getelementptr inbounds i8, ptr %0, i64 76
  %437 = load i32, ptr %436, align 4, !tbaa !40
  %438 = zext i32 %437 to i64
  %439 = mul nuw i64 %438, %423
  %440 = getelementptr inbounds i8, ptr %435, i64 %439
  %441 = getelementptr inbounds i8, ptr %0, i64 12
  %442 = load i32, ptr %441, align 4, !tbaa !18
  %443 = zext i32 %442 to i64
  %444 = icmp ult i32 %442, 8
  br i1 %444, label %445, label %448

445:                                              ; preds = %448, %433
  %446 = phi i64 [ 0, %433 ], [ %449, %448 ]
  %447 = icmp ult i64 %446, %443
  br i1 %447, label %456, label %463

448:                                              ; preds = %433, %448
  %449 = phi i64 [ %454, %448 ], [ 8, %433 ]
  %450 = phi i64 [ %449, %448 ], [ 0, %433 ]
  %451 = getelementptr inbounds i8, ptr %440, i64 %450
  %452 = getelementptr inbounds i8, ptr %2, i64 %450
  %453 = load i64, ptr %452, align 1
  store i64 %453, ptr %451, align 1
  %454 = add nuw nsw i64 %449, 8
  %455 = icmp ugt i64 %454, %443
  br i1 %455, label %445, label %448, !llvm.loop !43

456:                                              ; preds = %445, %456
  %457 = phi i64 [ %461, %456 ], [ %446, %445 ]
  %458 = getelementptr inbounds i8, ptr %2, i64 %457
  %459 = load i8, ptr %458, align 1, !tbaa !42
  %460 = getelementptr inbounds i8, ptr %440, i64 %457
  store i8 %459, ptr %460, align 1, !tbaa !42
  %461 = add nuw nsw i64 %457, 1
  %462 = icmp eq i64 %461, %443
  br i1 %462, label %463, label %456, !llvm.loop !46

463:                                              ; preds = %456, %445
  %464 = load ptr, ptr %421, align 8, !tbaa !37
  %465 = getelementptr inbounds i8, ptr %464, i64 %423
  store i8 1, ptr %465, align 1, !tbaa !42
  br label %466

466:                                              ; preds = %374, %292, %193, %70, %365, %283, %61, %6, %429, %420, %416, %414, %343, %340, %338, %334, %332, %263, %254, %250, %248, %239, %246, %200, %198, %87, %83, %65, %67, %57, %52, %54, %23, %17, %13, %10, %463, %410, %328, %91, %39, %27
  %467 = phi i64 [ 0, %463 ], [ 0, %410 ], [ 0, %328 ], [ 0, %91 ], [ %38, %27 ], [ 0, %39 ], [ -22, %10 ], [ -7, %13 ], [ -17, %17 ], [ -22, %23 ], [ -22, %54 ], [ -22, %52 ], [ -7, %57 ], [ -17, %67 ], [ -17, %65 ], [ -22, %83 ], [ -22, %87 ], [ -22, %198 ], [ -7, %200 ], [ 0, %246 ], [ 0, %239 ], [ -22, %248 ], [ -7, %250 ], [ -17, %254 ], [ -22, %263 ], [ -22, %332 ], [ -7, %334 ], [ -17, %338 ], [ -75, %340 ], [ -19, %343 ], [ -22, %414 ], [ -7, %416 ], [ -17, %420 ], [ -2, %429 ], [ -22, %6 ], [ -7, %61 ], [ 0, %283 ], [ 0, %365 ], [ 0, %70 ], [ 0, %193 ], [ 0, %292 ], [ 0, %374 ]
  ret i64 %467
}

; Function Attrs: inlinehint nofree norecurse nounwind memory(argmem: readwrite)
define internal fastcc range(i64 -35, 1) i64 @pb_copy_value_locked(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef readonly %2, i32 noundef %3, ptr nocapture noundef %4) unnamed_addr #4 {
  %6 = getelementptr inbounds i8, ptr %0, i64 36
  %7 = load i32, ptr %6, align 4, !tbaa !26
  %8 = zext i32 %7 to i64
  %9 = getelementptr inbounds i8, ptr %4, i64 %8
  br label %10

10:                                               ; preds = %17, %5
  %11 = phi i32 [ 0, %5 ], [ %18, %17 ]
  %12 = load atomic i32, ptr %9 monotonic, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %10
  %15 = atomicrmw xchg ptr %9, i32 1 acquire, align 4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %20, label %17

17:                                               ; preds = %14, %10
  %18 = add nuw nsw i32 %11, 1
  %19 = icmp eq i32 %18, 67108864
  br i1 %19, label %96, label %10, !llvm.loop !51

20:                                               ; preds = %14
  %21 = load i32, ptr %6, align 4, !tbaa !26
  %22 = icmp eq i32 %21, -1
  %23 = add i32 %21, 4
  %24 = icmp ugt i32 %23, %3
  %25 = or i1 %22, %24
  br i1 %25, label %26, label %47

26:                                               ; preds = %20
  %27 = zext i32 %3 to i64
  %28 = icmp ult i32 %3, 8
  br i1 %28, label %29, label %32

29:                                               ; preds = %32, %26
  %30 = phi i64 [ 0, %26 ], [ %33, %32 ]
  %31 = icmp ult i64 %30, %27
  br i1 %31, label %40, label %95

32:                                               ; preds = %26, %32
  %33 = phi i64 [ %38, %32 ], [ 8, %26 ]
  %34 = phi i64 [ %33, %32 ], [ 0, %26 ]
  %35 = getelementptr inbounds i8, ptr %1, i64 %34
  %36 = getelementptr inbounds i8, ptr %2, i64 %34
  %37 = load i64, ptr %36, align 1
  store i64 %37, ptr %35, align 1
  %38 = add nuw nsw i64 %33, 8
  %39 = icmp ugt i64 %38, %27
  br i1 %39, label %29, label %32, !llvm.loop !43

40:                                               ; preds = %29, %40
  %41 = phi i64 [ %45, %40 ], [ %30, %29 ]
  %42 = getelementptr inbounds i8, ptr %2, i64 %41
  %43 = load i8, ptr %42, align 1, !tbaa !42
  %44 = getelementptr inbounds i8, ptr %1, i64 %41
  store i8 %43, ptr %44, align 1, !tbaa !42
  %45 = add nuw nsw i64 %41, 1
  %46 = icmp eq i64 %45, %27
  br i1 %46, label %95, label %40, !llvm.loop !46

47:                                               ; preds = %20
  %48 = zext i32 %21 to i64
  %49 = icmp ult i32 %21, 8
  br i1 %49, label %50, label %53

50:                                               ; preds = %53, %47
  %51 = phi i64 [ 0, %47 ], [ %54, %53 ]
  %52 = icmp ult i64 %51, %48
  br i1 %52, label %61, label %68

53:                                               ; preds = %47, %53
  %54 = phi i64 [ %59, %53 ], [ 8, %47 ]
  %55 = phi i64 [ %54, %53 ], [ 0, %47 ]
  %56 = getelementptr inbounds i8, ptr %1, i64 %55
  %57 = getelementptr inbounds i8, ptr %2, i64 %55
  %58 = load i64, ptr %57, align 1
  store i64 %58, ptr %56, align 1
  %59 = add nuw nsw i64 %54, 8
  %60 = icmp ugt i64 %59, %48
  br i1 %60, label %50, label %53, !llvm.loop !43

61:                                               ; preds = %50, %61
  %62 = phi i64 [ %66, %61 ], [ %51, %50 ]
  %63 = getelementptr inbounds i8, ptr %2, i64 %62
  %64 = load i8, ptr %63, align 1, !tbaa !42
  %65 = getelementptr inbounds i8, ptr %1, i64 %62
  store i8 %64, ptr %65, align 1, !tbaa !42
  %66 = add nuw nsw i64 %62, 1
  %67 = icmp eq i64 %66, %48
  br i1 %67, label %68, label %61, !llvm.loop !46

68:                                               ; preds = %61, %50
  %69 = getelementptr inbounds i8, ptr %1, i64 %48
  %70 = getelementptr inbounds i8, ptr %69, i64 4
  %71 = getelementptr inbounds i8, ptr %2, i64 %48
  %72 = getelementptr inbounds i8, ptr %71, i64 4
  %73 = sub i32 %3, %21
  %74 = add i32 %73, -4
  %75 = zext i32 %74 to i64
  %76 = icmp ult i32 %74, 8
  br i1 %76, label %77, label %80

77:                                               ; preds = %80, %68
  %78 = phi i64 [ 0, %68 ], [ %81, %80 ]
  %79 = icmp ult i64 %78, %75
  br i1 %79, label %88, label %95

80:                                               ; preds = %68, %80
  %81 = phi i64 [ %86, %80 ], [ 8, %68 ]
  %82 = phi i64 [ %81, %80 ], [ 0, %68 ]
  %83 = getelementptr inbounds i8, ptr %70, i64 %82
  %84 = getelementptr inbounds i8, ptr %72, i64 %82
  %85 = load i64, ptr %84, align 1
  store i64 %85, ptr %83, align 1
  %86 = add nuw nsw i64 %81, 8
  %87 = icmp ugt i64 %86, %75
  br i1 %87, label %77, label %80, !llvm.loop !43

88:                                               ; preds = %77, %88
  %89 = phi i64 [ %93, %88 ], [ %78, %77 ]
  %90 = getelementptr inbounds i8, ptr %72, i64 %89
  %91 = load i8, ptr %90, align 1, !tbaa !42
  %92 = getelementptr inbounds i8, ptr %70, i64 %89
  store i8 %91, ptr %92, align 1, !tbaa !42
  %93 = add nuw nsw i64 %89, 1
  %94 = icmp eq i64 %93, %75
  br i1 %94, label %95, label %88, !llvm.loop !46

95:                                               ; preds = %88, %40, %29, %77
  store atomic i32 0, ptr %9 release, align 4
  br label %96

96:                                               ; preds = %17, %95
  %97 = phi i64 [ 0, %95 ], [ -35, %17 ]
  ret i64 %97
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @pb_copy_value(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef readonly %2, i32 noundef %3) unnamed_addr #5 {
  %5 = getelementptr inbounds i8, ptr %0, i64 36
  %6 = load i32, ptr %5, align 4, !tbaa !26
  %7 = icmp eq i32 %6, -1
  %8 = add i32 %6, 4
  %9 = icmp ugt i32 %8, %3
  %10 = or i1 %7, %9
  br i1 %10, label %11, label %32

11:                                               ; preds = %4
  %12 = zext i32 %3 to i64
  %13 = icmp ult i32 %3, 8
  br i1 %13, label %14, label %17

14:                                               ; preds = %17, %11
  %15 = phi i64 [ 0, %11 ], [ %18, %17 ]
  %16 = icmp ult i64 %15, %12
  br i1 %16, label %25, label %80

17:                                               ; preds = %11, %17
  %18 = phi i64 [ %23, %17 ], [ 8, %11 ]
  %19 = phi i64 [ %18, %17 ], [ 0, %11 ]
  %20 = getelementptr inbounds i8, ptr %1, i64 %19
  %21 = getelementptr inbounds i8, ptr %2, i64 %19
  %22 = load i64, ptr %21, align 1
  store i64 %22, ptr %20, align 1
  %23 = add nuw nsw i64 %18, 8
  %24 = icmp ugt i64 %23, %12
  br i1 %24, label %14, label %17, !llvm.loop !43

25:                                               ; preds = %14, %25
  %26 = phi i64 [ %30, %25 ], [ %15, %14 ]
  %27 = getelementptr inbounds i8, ptr %2, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !42
  %29 = getelementptr inbounds i8, ptr %1, i64 %26
  store i8 %28, ptr %29, align 1, !tbaa !42
  %30 = add nuw nsw i64 %26, 1
  %31 = icmp eq i64 %30, %12
  br i1 %31, label %80, label %25, !llvm.loop !46

32:                                               ; preds = %4
  %33 = zext i32 %6 to i64
  %34 = icmp ult i32 %6, 8
  br i1 %34, label %35, label %38

35:                                               ; preds = %38, %32
  %36 = phi i64 [ 0, %32 ], [ %39, %38 ]
  %37 = icmp ult i64 %36, %33
  br i1 %37, label %46, label %53

38:                                               ; preds = %32, %38
  %39 = phi i64 [ %44, %38 ], [ 8, %32 ]
  %40 = phi i64 [ %39, %38 ], [ 0, %32 ]
  %41 = getelementptr inbounds i8, ptr %1, i64 %40
  %42 = getelementptr inbounds i8, ptr %2, i64 %40
  %43 = load i64, ptr %42, align 1
  store i64 %43, ptr %41, align 1
  %44 = add nuw nsw i64 %39, 8
  %45 = icmp ugt i64 %44, %33
  br i1 %45, label %35, label %38, !llvm.loop !43

46:                                               ; preds = %35, %46
  %47 = phi i64 [ %51, %46 ], [ %36, %35 ]
  %48 = getelementptr inbounds i8, ptr %2, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !42
  %50 = getelementptr inbounds i8, ptr %1, i64 %47
  store i8 %49, ptr %50, align 1, !tbaa !42
  %51 = add nuw nsw i64 %47, 1
  %52 = icmp eq i64 %51, %33
  br i1 %52, label %53, label %46, !llvm.loop !46

53:                                               ; preds = %46, %35
  %54 = getelementptr inbounds i8, ptr %1, i64 %33
  %55 = getelementptr inbounds i8, ptr %54, i64 4
  %56 = getelementptr inbounds i8, ptr %2, i64 %33
  %57 = getelementptr inbounds i8, ptr %56, i64 4
  %58 = sub i32 %3, %6
  %59 = add i32 %58, -4
  %60 = zext i32 %59 to i64
  %61 = icmp ult i32 %59, 8
  br i1 %61, label %62, label %65

62:                                               ; preds = %65, %53
  %63 = phi i64 [ 0, %53 ], [ %66, %65 ]
  %64 = icmp ult i64 %63, %60
  br i1 %64, label %73, label %80

65:                                               ; preds = %53, %65
  %66 = phi i64 [ %71, %65 ], [ 8, %53 ]
  %67 = phi i64 [ %66, %65 ], [ 0, %53 ]
  %68 = getelementptr inbounds i8, ptr %55, i64 %67
  %69 = getelementptr inbounds i8, ptr %57, i64 %67
  %70 = load i64, ptr %69, align 1
  store i64 %70, ptr %68, align 1
  %71 = add nuw nsw i64 %66, 8
  %72 = icmp ugt i64 %71, %60
  br i1 %72, label %62, label %65, !llvm.loop !43

73:                                               ; preds = %62, %73
  %74 = phi i64 [ %78, %73 ], [ %63, %62 ]
  %75 = getelementptr inbounds i8, ptr %57, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !42
  %77 = getelementptr inbounds i8, ptr %55, i64 %74
  store i8 %76, ptr %77, align 1, !tbaa !42
  %78 = add nuw nsw i64 %74, 1
  %79 = icmp eq i64 %78, %60
  br i1 %79, label %80, label %73, !llvm.loop !46

80:                                               ; preds = %73, %25, %62, %14
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_array_delete(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #6 {
  %3 = load i32, ptr %1, align 1
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  %5 = load i32, ptr %4, align 4, !tbaa !15
  switch i32 %5, label %17 [
    i32 2, label %60
    i32 6, label %60
    i32 3, label %6
    i32 4, label %6
    i32 8, label %6
    i32 12, label %6
  ]

6:                                                ; preds = %2, %2, %2, %2
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load i32, ptr %7, align 8, !tbaa !19
  %9 = icmp ult i32 %3, %8
  br i1 %9, label %10, label %60

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %0, i64 80
  %12 = load ptr, ptr %11, align 8, !tbaa !37
  %13 = zext i32 %3 to i64
  %14 = getelementptr inbounds i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !42
  %16 = icmp eq i8 %15, 0
  br i1 %16, label %60, label %25

17:                                               ; preds = %2
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load i32, ptr %18, align 8, !tbaa !19
  %20 = icmp ult i32 %3, %19
  br i1 %20, label %21, label %60

21:                                               ; preds = %17
  %22 = getelementptr inbounds i8, ptr %0, i64 80
  %23 = load ptr, ptr %22, align 8, !tbaa !37
  %24 = zext i32 %3 to i64
  br label %25

25:                                               ; preds = %21, %10
  %26 = phi i64 [ %24, %21 ], [ %13, %10 ]
  %27 = phi ptr [ %23, %21 ], [ %12, %10 ]
  %28 = getelementptr inbounds i8, ptr %27, i64 %26
  store i8 0, ptr %28, align 1, !tbaa !42
  %29 = getelementptr inbounds i8, ptr %0, i64 56
  %30 = load ptr, ptr %29, align 8, !tbaa !39
  %31 = getelementptr inbounds i8, ptr %0, i64 76
  %32 = load i32, ptr %31, align 4, !tbaa !40
  %33 = zext i32 %32 to i64
  %34 = mul nuw i64 %26, %33
  %35 = getelementptr inbounds i8, ptr %30, i64 %34
  %36 = getelementptr inbounds i8, ptr %0, i64 32
  %37 = load i32, ptr %36, align 8, !tbaa !41
  %38 = zext i32 %37 to i64
  %39 = icmp ult i32 %37, 8
  br i1 %39, label %40, label %43

40:                                               ; preds = %43, %25
  %41 = phi i64 [ 0, %25 ], [ %44, %43 ]
  %42 = icmp ult i64 %41, %38
  br i1 %42, label %49, label %54

43:                                               ; preds = %25, %43
  %44 = phi i64 [ %47, %43 ], [ 8, %25 ]
  %45 = phi i64 [ %44, %43 ], [ 0, %25 ]
  %46 = getelementptr inbounds i8, ptr %35, i64 %45
  store i64 0, ptr %46, align 1
  %47 = add nuw nsw i64 %44, 8
  %48 = icmp ugt i64 %47, %38
  br i1 %48, label %40, label %43, !llvm.loop !49

49:                                               ; preds = %40, %49
  %50 = phi i64 [ %52, %49 ], [ %41, %40 ]
  %51 = getelementptr inbounds i8, ptr %35, i64 %50
  store i8 0, ptr %51, align 1, !tbaa !42
  %52 = add nuw nsw i64 %50, 1
  %53 = icmp eq i64 %52, %38
  br i1 %53, label %54, label %49, !llvm.loop !50

54:                                               ; preds = %49, %40
  %55 = getelementptr inbounds i8, ptr %0, i64 88
  %56 = load ptr, ptr %55, align 8, !tbaa !38
  %57 = icmp eq ptr %56, null
  br i1 %57, label %60, label %58

58:                                               ; preds = %54
  %59 = getelementptr inbounds i64, ptr %56, i64 %26
  store i64 0, ptr %59, align 8, !tbaa !48
  br label %60

60:                                               ; preds = %54, %58, %17, %10, %6, %2, %2
  %61 = phi i64 [ -22, %2 ], [ -22, %2 ], [ -7, %6 ], [ -2, %10 ], [ -22, %17 ], [ 0, %58 ], [ 0, %54 ]
  ret i64 %61
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none)
define dso_local i64 @pb_array_sys_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2, i64 noundef %3) local_unnamed_addr #3 {
  %5 = load i32, ptr %1, align 1
  %6 = getelementptr inbounds i8, ptr %0, i64 4
  %7 = load i32, ptr %6, align 4, !tbaa !15
  switch i32 %7, label %9 [
    i32 4, label %195
    i32 8, label %195
    i32 17, label %8
  ]

8:                                                ; preds = %4
  br label %195

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %0, i64 16
  %11 = load i32, ptr %10, align 8, !tbaa !19
  %12 = icmp ult i32 %5, %11
  br i1 %12, label %13, label %195

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i64 56
  %15 = load ptr, ptr %14, align 8, !tbaa !39
  %16 = getelementptr inbounds i8, ptr %0, i64 76
  %17 = load i32, ptr %16, align 4, !tbaa !40
  %18 = zext i32 %17 to i64
  %19 = zext i32 %5 to i64
  %20 = mul nuw i64 %18, %19
  %21 = getelementptr inbounds i8, ptr %15, i64 %20
  %22 = getelementptr inbounds i8, ptr %0, i64 32
  switch i32 %7, label %166 [
    i32 2, label %29
    i32 6, label %23
    i32 3, label %146
    i32 12, label %155
  ]

23:                                               ; preds = %13
  %24 = getelementptr inbounds i8, ptr %0, i64 28
  %25 = load i32, ptr %24, align 4, !tbaa !24
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %195, label %27

27:                                               ; preds = %23
  %28 = getelementptr inbounds i8, ptr %0, i64 36
  br label %47

29:                                               ; preds = %13
  %30 = and i64 %3, 4
  %31 = icmp eq i64 %30, 0
  %32 = getelementptr inbounds i8, ptr %0, i64 12
  %33 = load i32, ptr %32, align 4, !tbaa !18
  br i1 %31, label %46, label %34

34:                                               ; preds = %29
  %35 = tail call fastcc i64 @pb_copy_value_locked(ptr noundef nonnull %0, ptr noundef %2, ptr noundef %21, i32 noundef %33, ptr noundef %21) #9
  %36 = icmp eq i64 %35, 0
  br i1 %36, label %37, label %195

37:                                               ; preds = %34
  %38 = getelementptr inbounds i8, ptr %0, i64 36
  %39 = load i32, ptr %38, align 4, !tbaa !26
  %40 = add i32 %39, 4
  %41 = load i32, ptr %32, align 4, !tbaa !18
  %42 = icmp ugt i32 %40, %41
  br i1 %42, label %195, label %43

43:                                               ; preds = %37
  %44 = zext i32 %39 to i64
  %45 = getelementptr inbounds i8, ptr %2, i64 %44
  store i32 0, ptr %45, align 1
  br label %195

46:                                               ; preds = %29
  tail call fastcc void @pb_copy_out(ptr noundef nonnull %0, ptr noundef %2, ptr noundef %21, i32 noundef %33) #9
  br label %195

47:                                               ; preds = %27, %141
  %48 = phi i64 [ 0, %27 ], [ %142, %141 ]
  %49 = load i32, ptr %22, align 8, !tbaa !41
  %50 = zext i32 %49 to i64
  %51 = mul nuw i64 %48, %50
  %52 = getelementptr inbounds i8, ptr %2, i64 %51
  %53 = load ptr, ptr %14, align 8, !tbaa !39
  %54 = load i32, ptr %16, align 4, !tbaa !40
  %55 = zext i32 %54 to i64
  %56 = mul nuw i64 %55, %19
  %57 = getelementptr inbounds i8, ptr %53, i64 %56
  %58 = getelementptr inbounds i8, ptr %57, i64 %51
  %59 = load i32, ptr %28, align 4, !tbaa !26
  %60 = icmp eq i32 %59, -1
  %61 = add i32 %59, 4
  %62 = icmp ugt i32 %61, %49
  %63 = or i1 %60, %62
  br i1 %63, label %64, label %84

64:                                               ; preds = %47
  %65 = icmp ult i32 %49, 8
  br i1 %65, label %66, label %69

66:                                               ; preds = %69, %64
  %67 = phi i64 [ 0, %64 ], [ %70, %69 ]
  %68 = icmp ult i64 %67, %50
  br i1 %68, label %77, label %132

69:                                               ; preds = %64, %69
  %70 = phi i64 [ %75, %69 ], [ 8, %64 ]
  %71 = phi i64 [ %70, %69 ], [ 0, %64 ]
  %72 = getelementptr inbounds i8, ptr %52, i64 %71
  %73 = getelementptr inbounds i8, ptr %58, i64 %71
  %74 = load i64, ptr %73, align 1
  store i64 %74, ptr %72, align 1
  %75 = add nuw nsw i64 %70, 8
  %76 = icmp ugt i64 %75, %50
  br i1 %76, label %66, label %69, !llvm.loop !43

77:                                               ; preds = %66, %77
  %78 = phi i64 [ %82, %77 ], [ %67, %66 ]
  %79 = getelementptr inbounds i8, ptr %58, i64 %78
  %80 = load i8, ptr %79, align 1, !tbaa !42
  %81 = getelementptr inbounds i8, ptr %52, i64 %78
  store i8 %80, ptr %81, align 1, !tbaa !42
  %82 = add nuw nsw i64 %78, 1
  %83 = icmp eq i64 %82, %50
  br i1 %83, label %132, label %77, !llvm.loop !46

84:                                               ; preds = %47
  %85 = zext i32 %59 to i64
  %86 = icmp ult i32 %59, 8
  br i1 %86, label %87, label %90

87:                                               ; preds = %90, %84
  %88 = phi i64 [ 0, %84 ], [ %91, %90 ]
  %89 = icmp ult i64 %88, %85
  br i1 %89, label %98, label %105

90:                                               ; preds = %84, %90
  %91 = phi i64 [ %96, %90 ], [ 8, %84 ]
  %92 = phi i64 [ %91, %90 ], [ 0, %84 ]
  %93 = getelementptr inbounds i8, ptr %52, i64 %92
  %94 = getelementptr inbounds i8, ptr %58, i64 %92
  %95 = load i64, ptr %94, align 1
  store i64 %95, ptr %93, align 1
  %96 = add nuw nsw i64 %91, 8
  %97 = icmp ugt i64 %96, %85
  br i1 %97, label %87, label %90, !llvm.loop !43

98:                                               ; preds = %87, %98
  %99 = phi i64 [ %103, %98 ], [ %88, %87 ]
  %100 = getelementptr inbounds i8, ptr %58, i64 %99
  %101 = load i8, ptr %100, align 1, !tbaa !42
  %102 = getelementptr inbounds i8, ptr %52, i64 %99
  store i8 %101, ptr %102, align 1, !tbaa !42
  %103 = add nuw nsw i64 %99, 1
  %104 = icmp eq i64 %103, %85
  br i1 %104, label %105, label %98, !llvm.loop !46

105:                                              ; preds = %98, %87
  %106 = getelementptr inbounds i8, ptr %52, i64 %85
  %107 = getelementptr inbounds i8, ptr %106, i64 4
  %108 = getelementptr inbounds i8, ptr %58, i64 %85
  %109 = getelementptr inbounds i8, ptr %108, i64 4
  %110 = sub i32 %49, %59
  %111 = add i32 %110, -4
  %112 = zext i32 %111 to i64
  %113 = icmp ult i32 %111, 8
  br i1 %113, label %114, label %117

114:                                              ; preds = %117, %105
  %115 = phi i64 [ 0, %105 ], [ %118, %117 ]
  %116 = icmp ult i64 %115, %112
  br i1 %116, label %125, label %132

117:                                              ; preds = %105, %117
  %118 = phi i64 [ %123, %117 ], [ 8, %105 ]
  %119 = phi i64 [ %118, %117 ], [ 0, %105 ]
  %120 = getelementptr inbounds i8, ptr %107, i64 %119
  %121 = getelementptr inbounds i8, ptr %109, i64 %119
  %122 = load i64, ptr %121, align 1
  store i64 %122, ptr %120, align 1
  %123 = add nuw nsw i64 %118, 8
  %124 = icmp ugt i64 %123, %112
  br i1 %124, label %114, label %117, !llvm.loop !43

125:                                              ; preds = %114, %125
  %126 = phi i64 [ %130, %125 ], [ %115, %114 ]
  %127 = getelementptr inbounds i8, ptr %109, i64 %126
  %128 = load i8, ptr %127, align 1, !tbaa !42
  %129 = getelementptr inbounds i8, ptr %107, i64 %126
  store i8 %128, ptr %129, align 1, !tbaa !42
  %130 = add nuw nsw i64 %126, 1
  %131 = icmp eq i64 %130, %112
  br i1 %131, label %132, label %125, !llvm.loop !46

132:                                              ; preds = %125, %77, %114, %66
  %133 = load i32, ptr %28, align 4, !tbaa !26
  %134 = icmp eq i32 %133, -1
  %135 = add i32 %133, 4
  %136 = icmp ugt i32 %135, %49
  %137 = or i1 %134, %136
  br i1 %137, label %141, label %138

138:                                              ; preds = %132
  %139 = zext i32 %133 to i64
  %140 = getelementptr inbounds i8, ptr %52, i64 %139
  store i32 0, ptr %140, align 1
  br label %141

141:                                              ; preds = %132, %138
  %142 = add nuw nsw i64 %48, 1
  %143 = load i32, ptr %24, align 4, !tbaa !24
  %144 = zext i32 %143 to i64
  %145 = icmp ult i64 %142, %144
  br i1 %145, label %47, label %195, !llvm.loop !52

146:                                              ; preds = %13
  %147 = getelementptr inbounds i8, ptr %0, i64 80
  %148 = load ptr, ptr %147, align 8, !tbaa !37
  %149 = getelementptr inbounds i8, ptr %148, i64 %19
  %150 = load i8, ptr %149, align 1, !tbaa !42
  %151 = icmp eq i8 %150, 0
  br i1 %151, label %195, label %152

152:                                              ; preds = %146
  %153 = load i64, ptr %21, align 1
  %154 = trunc i64 %153 to i32
  store i32 %154, ptr %2, align 1
  br label %195

155:                                              ; preds = %13
  %156 = getelementptr inbounds i8, ptr %0, i64 80
  %157 = load ptr, ptr %156, align 8, !tbaa !37
  %158 = getelementptr inbounds i8, ptr %157, i64 %19
  %159 = load i8, ptr %158, align 1, !tbaa !42
  %160 = icmp eq i8 %159, 0
  br i1 %160, label %195, label %161

161:                                              ; preds = %155
  %162 = load i64, ptr %21, align 1
  %163 = inttoptr i64 %162 to ptr
  %164 = getelementptr inbounds i8, ptr %163, i64 24
  %165 = load i32, ptr %164, align 8, !tbaa !23
  store i32 %165, ptr %2, align 1
  br label %195

166:                                              ; preds = %13
  %167 = getelementptr inbounds i8, ptr %0, i64 80
  %168 = load ptr, ptr %167, align 8, !tbaa !37
  %169 = getelementptr inbounds i8, ptr %168, i64 %19
  %170 = load i8, ptr %169, align 1, !tbaa !42
  %171 = icmp eq i8 %170, 0
  br i1 %171, label %195, label %172

172:                                              ; preds = %166
  %173 = getelementptr inbounds i8, ptr %0, i64 12
  %174 = load i32, ptr %173, align 4, !tbaa !18
  %175 = zext i32 %174 to i64
  %176 = icmp ult i32 %174, 8
  br i1 %176, label %177, label %180

177:                                              ; preds = %180, %172
  %178 = phi i64 [ 0, %172 ], [ %181, %180 ]
  %179 = icmp ult i64 %178, %175
  br i1 %179, label %188, label %195

180:                                              ; preds = %172, %180
  %181 = phi i64 [ %186, %180 ], [ 8, %172 ]
  %182 = phi i64 [ %181, %180 ], [ 0, %172 ]
  %183 = getelementptr inbounds i8, ptr %2, i64 %182
  %184 = getelementptr inbounds i8, ptr %21, i64 %182
  %185 = load i64, ptr %184, align 1
  store i64 %185, ptr %183, align 1
  %186 = add nuw nsw i64 %181, 8
  %187 = icmp ugt i64 %186, %175
  br i1 %187, label %177, label %180, !llvm.loop !43

188:                                              ; preds = %177, %188
  %189 = phi i64 [ %193, %188 ], [ %178, %177 ]
  %190 = getelementptr inbounds i8, ptr %21, i64 %189
  %191 = load i8, ptr %190, align 1, !tbaa !42
  %192 = getelementptr inbounds i8, ptr %2, i64 %189
  store i8 %191, ptr %192, align 1, !tbaa !42
  %193 = add nuw nsw i64 %189, 1
  %194 = icmp eq i64 %193, %175
  br i1 %194, label %195, label %188, !llvm.loop !46

195:                                              ; preds = %141, %188, %23, %177, %166, %155, %146, %34, %43, %37, %9, %4, %4, %161, %152, %46, %8
  %196 = phi i64 [ 0, %161 ], [ 0, %152 ], [ 0, %46 ], [ -95, %8 ], [ -524, %4 ], [ -524, %4 ], [ -2, %9 ], [ %35, %34 ], [ 0, %43 ], [ 0, %37 ], [ -2, %146 ], [ -2, %155 ], [ -2, %166 ], [ 0, %177 ], [ 0, %23 ], [ 0, %188 ], [ 0, %141 ]
  ret i64 %196
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @pb_copy_out(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef readonly %2, i32 noundef %3) unnamed_addr #5 {
  %5 = getelementptr inbounds i8, ptr %0, i64 36
  %6 = load i32, ptr %5, align 4, !tbaa !26
  %7 = icmp eq i32 %6, -1
  %8 = add i32 %6, 4
  %9 = icmp ugt i32 %8, %3
  %10 = or i1 %7, %9
  br i1 %10, label %11, label %32

11:                                               ; preds = %4
  %12 = zext i32 %3 to i64
  %13 = icmp ult i32 %3, 8
  br i1 %13, label %14, label %17

14:                                               ; preds = %17, %11
  %15 = phi i64 [ 0, %11 ], [ %18, %17 ]
  %16 = icmp ult i64 %15, %12
  br i1 %16, label %25, label %80

17:                                               ; preds = %11, %17
  %18 = phi i64 [ %23, %17 ], [ 8, %11 ]
  %19 = phi i64 [ %18, %17 ], [ 0, %11 ]
  %20 = getelementptr inbounds i8, ptr %1, i64 %19
  %21 = getelementptr inbounds i8, ptr %2, i64 %19
  %22 = load i64, ptr %21, align 1
  store i64 %22, ptr %20, align 1
  %23 = add nuw nsw i64 %18, 8
  %24 = icmp ugt i64 %23, %12
  br i1 %24, label %14, label %17, !llvm.loop !43

25:                                               ; preds = %14, %25
  %26 = phi i64 [ %30, %25 ], [ %15, %14 ]
  %27 = getelementptr inbounds i8, ptr %2, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !42
  %29 = getelementptr inbounds i8, ptr %1, i64 %26
  store i8 %28, ptr %29, align 1, !tbaa !42
  %30 = add nuw nsw i64 %26, 1
  %31 = icmp eq i64 %30, %12
  br i1 %31, label %80, label %25, !llvm.loop !46

32:                                               ; preds = %4
  %33 = zext i32 %6 to i64
  %34 = icmp ult i32 %6, 8
  br i1 %34, label %35, label %38

35:                                               ; preds = %38, %32
  %36 = phi i64 [ 0, %32 ], [ %39, %38 ]
  %37 = icmp ult i64 %36, %33
  br i1 %37, label %46, label %53

38:                                               ; preds = %32, %38
  %39 = phi i64 [ %44, %38 ], [ 8, %32 ]
  %40 = phi i64 [ %39, %38 ], [ 0, %32 ]
  %41 = getelementptr inbounds i8, ptr %1, i64 %40
  %42 = getelementptr inbounds i8, ptr %2, i64 %40
  %43 = load i64, ptr %42, align 1
  store i64 %43, ptr %41, align 1
  %44 = add nuw nsw i64 %39, 8
  %45 = icmp ugt i64 %44, %33
  br i1 %45, label %35, label %38, !llvm.loop !43

46:                                               ; preds = %35, %46
  %47 = phi i64 [ %51, %46 ], [ %36, %35 ]
  %48 = getelementptr inbounds i8, ptr %2, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !42
  %50 = getelementptr inbounds i8, ptr %1, i64 %47
  store i8 %49, ptr %50, align 1, !tbaa !42
  %51 = add nuw nsw i64 %47, 1
  %52 = icmp eq i64 %51, %33
  br i1 %52, label %53, label %46, !llvm.loop !46

53:                                               ; preds = %46, %35
  %54 = getelementptr inbounds i8, ptr %1, i64 %33
  %55 = getelementptr inbounds i8, ptr %54, i64 4
  %56 = getelementptr inbounds i8, ptr %2, i64 %33
  %57 = getelementptr inbounds i8, ptr %56, i64 4
  %58 = sub i32 %3, %6
  %59 = add i32 %58, -4
  %60 = zext i32 %59 to i64
  %61 = icmp ult i32 %59, 8
  br i1 %61, label %62, label %65

62:                                               ; preds = %65, %53
  %63 = phi i64 [ 0, %53 ], [ %66, %65 ]
  %64 = icmp ult i64 %63, %60
  br i1 %64, label %73, label %80

65:                                               ; preds = %53, %65
  %66 = phi i64 [ %71, %65 ], [ 8, %53 ]
  %67 = phi i64 [ %66, %65 ], [ 0, %53 ]
  %68 = getelementptr inbounds i8, ptr %55, i64 %67
  %69 = getelementptr inbounds i8, ptr %57, i64 %67
  %70 = load i64, ptr %69, align 1
  store i64 %70, ptr %68, align 1
  %71 = add nuw nsw i64 %66, 8
  %72 = icmp ugt i64 %71, %60
  br i1 %72, label %62, label %65, !llvm.loop !43

73:                                               ; preds = %62, %73
  %74 = phi i64 [ %78, %73 ], [ %63, %62 ]
  %75 = getelementptr inbounds i8, ptr %57, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !42
  %77 = getelementptr inbounds i8, ptr %55, i64 %74
  store i8 %76, ptr %77, align 1, !tbaa !42
  %78 = add nuw nsw i64 %74, 1
  %79 = icmp eq i64 %78, %60
  br i1 %79, label %80, label %73, !llvm.loop !46

80:                                               ; preds = %73, %25, %14, %62
  %81 = load i32, ptr %5, align 4, !tbaa !26
  %82 = icmp eq i32 %81, -1
  %83 = add i32 %81, 4
  %84 = icmp ugt i32 %83, %3
  %85 = or i1 %82, %84
  br i1 %85, label %89, label %86

86:                                               ; preds = %80
  %87 = zext i32 %81 to i64
  %88 = getelementptr inbounds i8, ptr %1, i64 %87
  store i32 0, ptr %88, align 1
  br label %89

89:                                               ; preds = %86, %80
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local range(i64 -2, 1) i64 @pb_array_get_next_key(ptr nocapture noundef readonly %0, ptr noundef readonly %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #1 {
  %4 = icmp eq ptr %1, null
  br i1 %4, label %15, label %5

5:                                                ; preds = %3
  %6 = load i32, ptr %1, align 1
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load i32, ptr %7, align 8, !tbaa !19
  %9 = icmp ult i32 %6, %8
  br i1 %9, label %10, label %15

10:                                               ; preds = %5
  %11 = add i32 %8, -1
  %12 = icmp eq i32 %6, %11
  br i1 %12, label %17, label %13

13:                                               ; preds = %10
  %14 = add nuw i32 %6, 1
  br label %15

15:                                               ; preds = %5, %3, %13
  %16 = phi i32 [ %14, %13 ], [ 0, %3 ], [ 0, %5 ]
  store i32 %16, ptr %2, align 1
  br label %17

17:                                               ; preds = %15, %10
  %18 = phi i64 [ -2, %10 ], [ 0, %15 ]
  ret i64 %18
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -2, 1) i64 @pb_array_iter(ptr nocapture noundef readonly %0, ptr nocapture noundef %1, ptr nocapture noundef writeonly %2, ptr nocapture noundef writeonly %3, i32 noundef %4) local_unnamed_addr #7 {
  %6 = load i64, ptr %1, align 8, !tbaa !48
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load i32, ptr %7, align 8, !tbaa !19
  %9 = zext i32 %8 to i64
  %10 = icmp ult i64 %6, %9
  br i1 %10, label %11, label %52

11:                                               ; preds = %5
  %12 = getelementptr inbounds i8, ptr %0, i64 80
  %13 = load ptr, ptr %12, align 8, !tbaa !37
  %14 = icmp eq ptr %13, null
  br label %15

15:                                               ; preds = %11, %49
  %16 = phi i64 [ %6, %11 ], [ %50, %49 ]
  br i1 %14, label %21, label %17

17:                                               ; preds = %15
  %18 = getelementptr inbounds i8, ptr %13, i64 %16
  %19 = load i8, ptr %18, align 1, !tbaa !42
  %20 = icmp eq i8 %19, 0
  br i1 %20, label %49, label %21

21:                                               ; preds = %17, %15
  %22 = phi i64 [ %16, %17 ], [ %6, %15 ]
  %23 = trunc nuw i64 %22 to i32
  store i32 %23, ptr %2, align 1
  %24 = getelementptr inbounds i8, ptr %0, i64 4
  %25 = load i32, ptr %24, align 4, !tbaa !15
  %26 = icmp eq i32 %25, 6
  br i1 %26, label %27, label %33

27:                                               ; preds = %21
  %28 = getelementptr inbounds i8, ptr %0, i64 28
  %29 = load i32, ptr %28, align 4, !tbaa !24
  %30 = icmp ugt i32 %29, %4
  %31 = select i1 %30, i32 %4, i32 0
  %32 = zext i32 %31 to i64
  br label %33

33:                                               ; preds = %27, %21
  %34 = phi i64 [ 0, %21 ], [ %32, %27 ]
  %35 = getelementptr inbounds i8, ptr %0, i64 56
  %36 = load ptr, ptr %35, align 8, !tbaa !39
  %37 = getelementptr inbounds i8, ptr %0, i64 76
  %38 = load i32, ptr %37, align 4, !tbaa !40
  %39 = zext i32 %38 to i64
  %40 = and i64 %22, 4294967295
  %41 = mul nuw i64 %40, %39
  %42 = getelementptr inbounds i8, ptr %36, i64 %41
  %43 = getelementptr inbounds i8, ptr %0, i64 32
  %44 = load i32, ptr %43, align 8, !tbaa !41
  %45 = zext i32 %44 to i64
  %46 = mul nuw i64 %34, %45
  %47 = getelementptr inbounds i8, ptr %42, i64 %46
  store ptr %47, ptr %3, align 8, !tbaa !53
  %48 = add nuw nsw i64 %22, 1
  br label %52

49:                                               ; preds = %17
  %50 = add i64 %16, 1
  %51 = icmp eq i64 %50, %9
  br i1 %51, label %52, label %15, !llvm.loop !54

52:                                               ; preds = %49, %5, %33
  %53 = phi i64 [ %48, %33 ], [ %9, %5 ], [ %9, %49 ]
  %54 = phi i64 [ 0, %33 ], [ -2, %5 ], [ -2, %49 ]
  store i64 %53, ptr %1, align 8, !tbaa !48
  ret i64 %54
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local ptr @pb_prog_array_aux(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 4
  %3 = load i32, ptr %2, align 4, !tbaa !15
  %4 = icmp eq i32 %3, 3
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 88
  %7 = load ptr, ptr %6, align 8, !tbaa !38
  br label %8

8:                                                ; preds = %1, %5
  %9 = phi ptr [ %7, %5 ], [ null, %1 ]
  ret ptr %9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local ptr @pb_array_present(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 80
  %3 = load ptr, ptr %2, align 8, !tbaa !37
  ret ptr %3
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #8

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { nofree norecurse nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { inlinehint nofree norecurse nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { inlinehint nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nobuiltin "no-builtins" }

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
!10 = !{!4, !5, i64 8}
!11 = !{!4, !5, i64 12}
!12 = !{!13, !5, i64 0}
!13 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !14, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!14 = !{!"any pointer", !6, i64 0}
!15 = !{!13, !5, i64 4}
!16 = !{!4, !5, i64 4}
!17 = !{!13, !5, i64 8}
!18 = !{!13, !5, i64 12}
!19 = !{!13, !5, i64 16}
!20 = !{!4, !5, i64 16}
!21 = !{!13, !5, i64 20}
!22 = !{!4, !5, i64 20}
!23 = !{!13, !5, i64 24}
!24 = !{!13, !5, i64 28}
!25 = !{!4, !5, i64 32}
!26 = !{!13, !5, i64 36}
!27 = !{!13, !5, i64 40}
!28 = !{!13, !5, i64 44}
!29 = !{!4, !8, i64 40}
!30 = !{!13, !8, i64 48}
!31 = !{!32, !5, i64 32}
!32 = !{!"pb_array", !13, i64 0, !14, i64 80, !14, i64 88}
!33 = !{!32, !5, i64 76}
!34 = !{!32, !14, i64 56}
!35 = !{!32, !8, i64 64}
!36 = !{!32, !5, i64 72}
!37 = !{!32, !14, i64 80}
!38 = !{!32, !14, i64 88}
!39 = !{!13, !14, i64 56}
!40 = !{!13, !5, i64 76}
!41 = !{!13, !5, i64 32}
!42 = !{!6, !6, i64 0}
!43 = distinct !{!43, !44, !45}
!44 = !{!"llvm.loop.mustprogress"}
!45 = !{!"llvm.loop.unroll.disable"}
!46 = distinct !{!46, !44, !45}
!47 = distinct !{!47, !44, !45}
!48 = !{!8, !8, i64 0}
!49 = distinct !{!49, !44, !45}
!50 = distinct !{!50, !44, !45}
!51 = distinct !{!51, !44, !45}
!52 = distinct !{!52, !44, !45}
!53 = !{!14, !14, i64 0}
!54 = distinct !{!54, !44, !45}
