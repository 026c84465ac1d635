; ModuleID = 'queue.c'
source_filename = "queue.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pb_queue_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 12
  %3 = load i32, ptr %2, align 4, !tbaa !3
  %4 = zext i32 %3 to i64
  %5 = add nuw nsw i64 %4, 1
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load i32, ptr %6, align 8, !tbaa !9
  %8 = zext i32 %7 to i64
  %9 = mul nuw i64 %5, %8
  %10 = add nuw i64 %9, 128
  ret i64 %10
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local noundef ptr @pb_queue_init(ptr noundef returned %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %48, label %4

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %1, i64 12
  %6 = load i32, ptr %5, align 4, !tbaa !3
  %7 = zext i32 %6 to i64
  %8 = add nuw nsw i64 %7, 1
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load i32, ptr %9, align 8, !tbaa !9
  %11 = zext i32 %10 to i64
  %12 = mul nuw i64 %8, %11
  %13 = getelementptr inbounds i8, ptr %0, i64 128
  store i32 1346522448, ptr %0, align 8, !tbaa !10
  %14 = load i32, ptr %1, align 8, !tbaa !13
  %15 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %14, ptr %15, align 4, !tbaa !14
  %16 = getelementptr inbounds i8, ptr %1, i64 4
  %17 = load i32, ptr %16, align 4, !tbaa !15
  %18 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %17, ptr %18, align 8, !tbaa !16
  %19 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %10, ptr %19, align 4, !tbaa !17
  %20 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %6, ptr %20, align 8, !tbaa !18
  %21 = getelementptr inbounds i8, ptr %1, i64 16
  %22 = load i32, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %22, ptr %23, align 4, !tbaa !20
  %24 = getelementptr inbounds i8, ptr %1, i64 20
  %25 = load i32, ptr %24, align 4, !tbaa !21
  %26 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %25, ptr %26, align 8, !tbaa !22
  %27 = getelementptr inbounds i8, ptr %1, i64 24
  %28 = load i32, ptr %27, align 8, !tbaa !23
  %29 = tail call i32 @llvm.umax.i32(i32 %28, i32 1)
  %30 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %29, ptr %30, align 4, !tbaa !24
  %31 = getelementptr inbounds i8, ptr %0, i64 32
  %32 = getelementptr inbounds i8, ptr %1, i64 32
  %33 = load i32, ptr %32, align 8, !tbaa !25
  %34 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %33, ptr %34, align 4, !tbaa !26
  %35 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %35, align 8, !tbaa !27
  %36 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 4, ptr %36, align 4, !tbaa !28
  %37 = getelementptr inbounds i8, ptr %1, i64 40
  %38 = load i64, ptr %37, align 8, !tbaa !29
  %39 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %38, ptr %39, align 8, !tbaa !30
  %40 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 0, ptr %40, align 8, !tbaa !31
  store i32 %10, ptr %31, align 8, !tbaa !32
  %41 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 %10, ptr %41, align 4, !tbaa !34
  %42 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %13, ptr %42, align 8, !tbaa !35
  %43 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %12, ptr %43, align 8, !tbaa !36
  %44 = getelementptr inbounds i8, ptr %0, i64 84
  store i32 0, ptr %44, align 4, !tbaa !37
  %45 = getelementptr inbounds i8, ptr %0, i64 80
  store i32 0, ptr %45, align 8, !tbaa !38
  %46 = trunc i64 %8 to i32
  %47 = getelementptr inbounds i8, ptr %0, i64 88
  store i32 %46, ptr %47, align 8, !tbaa !39
  br label %48

48:                                               ; preds = %2, %4
  ret ptr %0
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_queue_push(ptr nocapture noundef %0, ptr nocapture noundef readonly %1, i64 noundef %2) local_unnamed_addr #2 {
  %4 = and i64 %2, 1
  %5 = icmp ne i64 %4, 0
  %6 = icmp ugt i64 %2, 2
  %7 = or i1 %6, %5
  br i1 %7, label %65, label %8

8:                                                ; preds = %3
  %9 = getelementptr inbounds i8, ptr %0, i64 80
  %10 = load i32, ptr %9, align 8, !tbaa !38
  %11 = add i32 %10, 1
  %12 = getelementptr inbounds i8, ptr %0, i64 88
  %13 = load i32, ptr %12, align 8, !tbaa !39
  %14 = icmp ult i32 %11, %13
  %15 = select i1 %14, i32 %11, i32 0
  %16 = getelementptr inbounds i8, ptr %0, i64 84
  %17 = load i32, ptr %16, align 4, !tbaa !37
  %18 = icmp eq i32 %15, %17
  br i1 %18, label %19, label %28

19:                                               ; preds = %8
  %20 = icmp eq i64 %2, 0
  br i1 %20, label %65, label %21

21:                                               ; preds = %19
  %22 = add i32 %15, 1
  %23 = icmp ult i32 %22, %13
  %24 = select i1 %23, i32 %22, i32 0
  store i32 %24, ptr %16, align 4
  %25 = getelementptr inbounds i8, ptr %0, i64 72
  %26 = load i32, ptr %25, align 8, !tbaa !31
  %27 = add i32 %26, -1
  store i32 %27, ptr %25, align 8, !tbaa !31
  br label %28

28:                                               ; preds = %21, %8
  %29 = getelementptr inbounds i8, ptr %0, i64 56
  %30 = load ptr, ptr %29, align 8, !tbaa !35
  %31 = zext i32 %10 to i64
  %32 = getelementptr inbounds i8, ptr %0, i64 12
  %33 = load i32, ptr %32, align 4, !tbaa !17
  %34 = zext i32 %33 to i64
  %35 = mul nuw i64 %34, %31
  %36 = getelementptr inbounds i8, ptr %30, i64 %35
  %37 = icmp ult i32 %33, 8
  br i1 %37, label %38, label %41

38:                                               ; preds = %41, %28
  %39 = phi i64 [ 0, %28 ], [ %42, %41 ]
  %40 = icmp ult i64 %39, %34
  br i1 %40, label %49, label %56

41:                                               ; preds = %28, %41
  %42 = phi i64 [ %47, %41 ], [ 8, %28 ]
  %43 = phi i64 [ %42, %41 ], [ 0, %28 ]
  %44 = getelementptr inbounds i8, ptr %36, i64 %43
  %45 = getelementptr inbounds i8, ptr %1, i64 %43
  %46 = load i64, ptr %45, align 1
  store i64 %46, ptr %44, align 1
  %47 = add nuw nsw i64 %42, 8
  %48 = icmp ugt i64 %47, %34
  br i1 %48, label %38, label %41, !llvm.loop !40

49:                                               ; preds = %38, %49
  %50 = phi i64 [ %54, %49 ], [ %39, %38 ]
  %51 = getelementptr inbounds i8, ptr %1, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !43
  %53 = getelementptr inbounds i8, ptr %36, i64 %50
  store i8 %52, ptr %53, align 1, !tbaa !43
  %54 = add nuw nsw i64 %50, 1
  %55 = icmp eq i64 %54, %34
  br i1 %55, label %56, label %49, !llvm.loop !44

56:                                               ; preds = %49, %38
  %57 = load i32, ptr %9, align 8, !tbaa !38
  %58 = add i32 %57, 1
  %59 = load i32, ptr %12, align 8, !tbaa !39
  %60 = icmp ult i32 %58, %59
  %61 = select i1 %60, i32 %58, i32 0
  store i32 %61, ptr %9, align 8
  %62 = getelementptr inbounds i8, ptr %0, i64 72
  %63 = load i32, ptr %62, align 8, !tbaa !31
  %64 = add i32 %63, 1
  store i32 %64, ptr %62, align 8, !tbaa !31
  br label %65

65:                                               ; preds = %19, %3, %56
  %66 = phi i64 [ 0, %56 ], [ -22, %3 ], [ -7, %19 ]
  ret i64 %66
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -2, 1) i64 @pb_queue_get(ptr nocapture noundef %0, ptr nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #3 {
  %4 = getelementptr inbounds i8, ptr %0, i64 80
  %5 = load i32, ptr %4, align 8, !tbaa !38
  %6 = getelementptr inbounds i8, ptr %0, i64 84
  %7 = load i32, ptr %6, align 4, !tbaa !37
  %8 = icmp eq i32 %5, %7
  br i1 %8, label %9, label %28

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 12
  %11 = load i32, ptr %10, align 4, !tbaa !17
  %12 = zext i32 %11 to i64
  %13 = icmp ult i32 %11, 8
  br i1 %13, label %14, label %17

14:                                               ; preds = %17, %9
  %15 = phi i64 [ 0, %9 ], [ %18, %17 ]
  %16 = icmp ult i64 %15, %12
  br i1 %16, label %23, label %110

17:                                               ; preds = %9, %17
  %18 = phi i64 [ %21, %17 ], [ 8, %9 ]
  %19 = phi i64 [ %18, %17 ], [ 0, %9 ]
  %20 = getelementptr inbounds i8, ptr %1, i64 %19
  store i64 0, ptr %20, align 1
  %21 = add nuw nsw i64 %18, 8
  %22 = icmp ugt i64 %21, %12
  br i1 %22, label %14, label %17, !llvm.loop !45

23:                                               ; preds = %14, %23
  %24 = phi i64 [ %26, %23 ], [ %15, %14 ]
  %25 = getelementptr inbounds i8, ptr %1, i64 %24
  store i8 0, ptr %25, align 1, !tbaa !43
  %26 = add nuw nsw i64 %24, 1
  %27 = icmp eq i64 %26, %12
  br i1 %27, label %110, label %23, !llvm.loop !46

28:                                               ; preds = %3
  %29 = getelementptr inbounds i8, ptr %0, i64 4
  %30 = load i32, ptr %29, align 4, !tbaa !14
  %31 = icmp eq i32 %30, 22
  br i1 %31, label %32, label %69

32:                                               ; preds = %28
  %33 = getelementptr inbounds i8, ptr %0, i64 56
  %34 = load ptr, ptr %33, align 8, !tbaa !35
  %35 = zext i32 %7 to i64
  %36 = getelementptr inbounds i8, ptr %0, i64 12
  %37 = load i32, ptr %36, align 4, !tbaa !17
  %38 = zext i32 %37 to i64
  %39 = mul nuw i64 %38, %35
  %40 = getelementptr inbounds i8, ptr %34, i64 %39
  %41 = icmp ult i32 %37, 8
  br i1 %41, label %42, label %45

42:                                               ; preds = %45, %32
  %43 = phi i64 [ 0, %32 ], [ %46, %45 ]
  %44 = icmp ult i64 %43, %38
  br i1 %44, label %53, label %60

45:                                               ; preds = %32, %45
  %46 = phi i64 [ %51, %45 ], [ 8, %32 ]
  %47 = phi i64 [ %46, %45 ], [ 0, %32 ]
  %48 = getelementptr inbounds i8, ptr %1, i64 %47
  %49 = getelementptr inbounds i8, ptr %40, i64 %47
  %50 = load i64, ptr %49, align 1
  store i64 %50, ptr %48, align 1
  %51 = add nuw nsw i64 %46, 8
  %52 = icmp ugt i64 %51, %38
  br i1 %52, label %42, label %45, !llvm.loop !40

53:                                               ; preds = %42, %53
  %54 = phi i64 [ %58, %53 ], [ %43, %42 ]
  %55 = getelementptr inbounds i8, ptr %40, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !43
  %57 = getelementptr inbounds i8, ptr %1, i64 %54
  store i8 %56, ptr %57, align 1, !tbaa !43
  %58 = add nuw nsw i64 %54, 1
  %59 = icmp eq i64 %58, %38
  br i1 %59, label %60, label %53, !llvm.loop !44

60:                                               ; preds = %53, %42
  %61 = icmp eq i32 %2, 0
  br i1 %61, label %110, label %62

62:                                               ; preds = %60
  %63 = load i32, ptr %6, align 4, !tbaa !37
  %64 = add i32 %63, 1
  %65 = getelementptr inbounds i8, ptr %0, i64 88
  %66 = load i32, ptr %65, align 8, !tbaa !39
  %67 = icmp ult i32 %64, %66
  %68 = select i1 %67, i32 %64, i32 0
  store i32 %68, ptr %6, align 4
  br label %106

69:                                               ; preds = %28
  %70 = add i32 %5, -1
  %71 = getelementptr inbounds i8, ptr %0, i64 88
  %72 = load i32, ptr %71, align 8, !tbaa !39
  %73 = icmp ult i32 %70, %72
  %74 = add i32 %72, -1
  %75 = select i1 %73, i32 %70, i32 %74
  %76 = getelementptr inbounds i8, ptr %0, i64 56
  %77 = load ptr, ptr %76, align 8, !tbaa !35
  %78 = zext i32 %75 to i64
  %79 = getelementptr inbounds i8, ptr %0, i64 12
  %80 = load i32, ptr %79, align 4, !tbaa !17
  %81 = zext i32 %80 to i64
  %82 = mul nuw i64 %81, %78
  %83 = getelementptr inbounds i8, ptr %77, i64 %82
  %84 = icmp ult i32 %80, 8
  br i1 %84, label %85, label %88

85:                                               ; preds = %88, %69
  %86 = phi i64 [ 0, %69 ], [ %89, %88 ]
  %87 = icmp ult i64 %86, %81
  br i1 %87, label %96, label %103

88:                                               ; preds = %69, %88
  %89 = phi i64 [ %94, %88 ], [ 8, %69 ]
  %90 = phi i64 [ %89, %88 ], [ 0, %69 ]
  %91 = getelementptr inbounds i8, ptr %1, i64 %90
  %92 = getelementptr inbounds i8, ptr %83, i64 %90
  %93 = load i64, ptr %92, align 1
  store i64 %93, ptr %91, align 1
  %94 = add nuw nsw i64 %89, 8
  %95 = icmp ugt i64 %94, %81
  br i1 %95, label %85, label %88, !llvm.loop !40

96:                                               ; preds = %85, %96
  %97 = phi i64 [ %101, %96 ], [ %86, %85 ]
  %98 = getelementptr inbounds i8, ptr %83, i64 %97
  %99 = load i8, ptr %98, align 1, !tbaa !43
  %100 = getelementptr inbounds i8, ptr %1, i64 %97
  store i8 %99, ptr %100, align 1, !tbaa !43
  %101 = add nuw nsw i64 %97, 1
  %102 = icmp eq i64 %101, %81
  br i1 %102, label %103, label %96, !llvm.loop !44

103:                                              ; preds = %96, %85
  %104 = icmp eq i32 %2, 0
  br i1 %104, label %110, label %105

105:                                              ; preds = %103
  store i32 %75, ptr %4, align 8, !tbaa !38
  br label %106

106:                                              ; preds = %105, %62
  %107 = getelementptr inbounds i8, ptr %0, i64 72
  %108 = load i32, ptr %107, align 8, !tbaa !31
  %109 = add i32 %108, -1
  store i32 %109, ptr %107, align 8, !tbaa !31
  br label %110

110:                                              ; preds = %23, %14, %103, %60, %106
  %111 = phi i64 [ 0, %103 ], [ 0, %60 ], [ 0, %106 ], [ -2, %14 ], [ -2, %23 ]
  ret i64 %111
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -2, 1) i64 @pb_queue_nth(ptr nocapture noundef readonly %0, i32 noundef %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #3 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load i32, ptr %4, align 8, !tbaa !31
  %6 = icmp ugt i32 %5, %1
  br i1 %6, label %7, label %56

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 4
  %9 = load i32, ptr %8, align 4, !tbaa !14
  %10 = icmp eq i32 %9, 22
  br i1 %10, label %11, label %18

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 84
  %13 = load i32, ptr %12, align 4, !tbaa !37
  %14 = add i32 %13, %1
  %15 = getelementptr inbounds i8, ptr %0, i64 88
  %16 = load i32, ptr %15, align 8, !tbaa !39
  %17 = urem i32 %14, %16
  br label %27

18:                                               ; preds = %7
  %19 = getelementptr inbounds i8, ptr %0, i64 80
  %20 = load i32, ptr %19, align 8, !tbaa !38
  %21 = getelementptr inbounds i8, ptr %0, i64 88
  %22 = load i32, ptr %21, align 8, !tbaa !39
  %23 = xor i32 %1, -1
  %24 = add i32 %20, %23
  %25 = add i32 %24, %22
  %26 = urem i32 %25, %22
  br label %27

27:                                               ; preds = %18, %11
  %28 = phi i32 [ %17, %11 ], [ %26, %18 ]
  %29 = getelementptr inbounds i8, ptr %0, i64 56
  %30 = load ptr, ptr %29, align 8, !tbaa !35
  %31 = zext i32 %28 to i64
  %32 = getelementptr inbounds i8, ptr %0, i64 12
  %33 = load i32, ptr %32, align 4, !tbaa !17
  %34 = zext i32 %33 to i64
  %35 = mul nuw i64 %34, %31
  %36 = getelementptr inbounds i8, ptr %30, i64 %35
  %37 = icmp ult i32 %33, 8
  br i1 %37, label %38, label %41

38:                                               ; preds = %41, %27
  %39 = phi i64 [ 0, %27 ], [ %42, %41 ]
  %40 = icmp ult i64 %39, %34
  br i1 %40, label %49, label %56

41:                                               ; preds = %27, %41
  %42 = phi i64 [ %47, %41 ], [ 8, %27 ]
  %43 = phi i64 [ %42, %41 ], [ 0, %27 ]
  %44 = getelementptr inbounds i8, ptr %2, i64 %43
  %45 = getelementptr inbounds i8, ptr %36, i64 %43
  %46 = load i64, ptr %45, align 1
  store i64 %46, ptr %44, align 1
  %47 = add nuw nsw i64 %42, 8
  %48 = icmp ugt i64 %47, %34
  br i1 %48, label %38, label %41, !llvm.loop !40

49:                                               ; preds = %38, %49
  %50 = phi i64 [ %54, %49 ], [ %39, %38 ]
  %51 = getelementptr inbounds i8, ptr %36, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !43
  %53 = getelementptr inbounds i8, ptr %2, i64 %50
  store i8 %52, ptr %53, align 1, !tbaa !43
  %54 = add nuw nsw i64 %50, 1
  %55 = icmp eq i64 %54, %34
  br i1 %55, label %56, label %49, !llvm.loop !44

56:                                               ; preds = %49, %38, %3
  %57 = phi i64 [ -2, %3 ], [ 0, %38 ], [ 0, %49 ]
  ret i64 %57
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 12}
!4 = !{!"pb_params", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !8, i64 40, !5, i64 48, !5, i64 52}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!4, !5, i64 8}
!10 = !{!11, !5, i64 0}
!11 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !12, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!12 = !{!"any pointer", !6, i64 0}
!13 = !{!4, !5, i64 0}
!14 = !{!11, !5, i64 4}
!15 = !{!4, !5, i64 4}
!16 = !{!11, !5, i64 8}
!17 = !{!11, !5, i64 12}
!18 = !{!11, !5, i64 16}
!19 = !{!4, !5, i64 16}
!20 = !{!11, !5, i64 20}
!21 = !{!4, !5, i64 20}
!22 = !{!11, !5, i64 24}
!23 = !{!4, !5, i64 24}
!24 = !{!11, !5, i64 28}
!25 = !{!4, !5, i64 32}
!26 = !{!11, !5, i64 36}
!27 = !{!11, !5, i64 40}
!28 = !{!11, !5, i64 44}
!29 = !{!4, !8, i64 40}
!30 = !{!11, !8, i64 48}
!31 = !{!11, !5, i64 72}
!32 = !{!33, !5, i64 32}
!33 = !{!"pb_qs", !11, i64 0, !5, i64 80, !5, i64 84, !5, i64 88, !5, i64 92}
!34 = !{!33, !5, i64 76}
!35 = !{!33, !12, i64 56}
!36 = !{!33, !8, i64 64}
!37 = !{!33, !5, i64 84}
!38 = !{!33, !5, i64 80}
!39 = !{!33, !5, i64 88}
!40 = distinct !{!40, !41, !42}
!41 = !{!"llvm.loop.mustprogress"}
!42 = !{!"llvm.loop.unroll.disable"}
!43 = !{!6, !6, i64 0}
!44 = distinct !{!44, !41, !42}
!45 = distinct !{!45, !41, !42}
!46 = distinct !{!46, !41, !42}
