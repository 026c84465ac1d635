; ModuleID = 'lpm.c'
source_filename = "lpm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pb_lpm_node = type { [2 x i32], i32, i32 }

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pb_lpm_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 4
  %3 = load i32, ptr %2, align 4, !tbaa !3
  %4 = add i32 %3, -4
  %5 = getelementptr inbounds i8, ptr %0, i64 12
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = shl i32 %6, 1
  %8 = add i32 %7, 2
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !tbaa !10
  %11 = add i32 %10, 7
  %12 = and i32 %11, -8
  %13 = zext i32 %8 to i64
  %14 = shl nuw nsw i64 %13, 4
  %15 = zext i32 %4 to i64
  %16 = mul nuw i64 %13, %15
  %17 = add nuw nsw i64 %14, 191
  %18 = and i64 %17, 137438953408
  %19 = zext i32 %12 to i64
  %20 = mul nuw i64 %19, %13
  %21 = add nuw i64 %16, 63
  %22 = add i64 %21, %18
  %23 = and i64 %22, -64
  %24 = add i64 %23, %20
  ret i64 %24
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local noundef ptr @pb_lpm_init(ptr noundef returned %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  %3 = icmp eq ptr %0, null
  br i1 %3, label %67, label %4

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %1, i64 12
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = shl i32 %6, 1
  %8 = add i32 %7, 2
  %9 = zext i32 %8 to i64
  %10 = getelementptr inbounds i8, ptr %1, i64 4
  %11 = load i32, ptr %10, align 4, !tbaa !3
  %12 = add i32 %11, -4
  %13 = zext i32 %12 to i64
  %14 = mul nuw i64 %9, %13
  %15 = add nuw i64 %14, 63
  %16 = shl nuw nsw i64 %9, 4
  %17 = add nuw nsw i64 %16, 191
  %18 = and i64 %17, 137438953408
  %19 = add i64 %15, %18
  %20 = and i64 %19, -64
  %21 = getelementptr inbounds i8, ptr %1, i64 8
  %22 = load i32, ptr %21, align 8, !tbaa !10
  %23 = add i32 %22, 7
  %24 = and i32 %23, -8
  %25 = zext i32 %24 to i64
  %26 = mul nuw i64 %25, %9
  %27 = getelementptr inbounds i8, ptr %0, i64 %20
  %28 = getelementptr inbounds i8, ptr %0, i64 %18
  %29 = getelementptr inbounds i8, ptr %0, i64 128
  store i32 1346522448, ptr %0, align 8, !tbaa !11
  %30 = load i32, ptr %1, align 8, !tbaa !14
  %31 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %30, ptr %31, align 4, !tbaa !15
  %32 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %11, ptr %32, align 8, !tbaa !16
  %33 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %22, ptr %33, align 4, !tbaa !17
  %34 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %6, ptr %34, align 8, !tbaa !18
  %35 = getelementptr inbounds i8, ptr %1, i64 16
  %36 = load i32, ptr %35, align 8, !tbaa !19
  %37 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %36, ptr %37, align 4, !tbaa !20
  %38 = getelementptr inbounds i8, ptr %1, i64 20
  %39 = load i32, ptr %38, align 4, !tbaa !21
  %40 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %39, ptr %40, align 8, !tbaa !22
  %41 = getelementptr inbounds i8, ptr %1, i64 24
  %42 = load i32, ptr %41, align 8, !tbaa !23
  %43 = tail call i32 @llvm.umax.i32(i32 %42, i32 1)
  %44 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %43, ptr %44, align 4, !tbaa !24
  %45 = getelementptr inbounds i8, ptr %0, i64 32
  store i32 %24, ptr %45, align 8, !tbaa !25
  %46 = getelementptr inbounds i8, ptr %1, i64 32
  %47 = load i32, ptr %46, align 8, !tbaa !26
  %48 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %47, ptr %48, align 4, !tbaa !27
  %49 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %49, align 8, !tbaa !28
  %50 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 3, ptr %50, align 4, !tbaa !29
  %51 = getelementptr inbounds i8, ptr %1, i64 40
  %52 = load i64, ptr %51, align 8, !tbaa !30
  %53 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %52, ptr %53, align 8, !tbaa !31
  %54 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 0, ptr %54, align 8, !tbaa !32
  %55 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 %24, ptr %55, align 4, !tbaa !33
  %56 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %27, ptr %56, align 8, !tbaa !35
  %57 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %26, ptr %57, align 8, !tbaa !36
  %58 = getelementptr inbounds i8, ptr %0, i64 80
  store i32 %12, ptr %58, align 8, !tbaa !37
  %59 = shl i32 %12, 3
  %60 = getelementptr inbounds i8, ptr %0, i64 84
  store i32 %59, ptr %60, align 4, !tbaa !38
  %61 = getelementptr inbounds i8, ptr %0, i64 88
  store i32 -1, ptr %61, align 8, !tbaa !39
  %62 = getelementptr inbounds i8, ptr %0, i64 92
  store i32 %8, ptr %62, align 4, !tbaa !40
  %63 = getelementptr inbounds i8, ptr %0, i64 96
  store i32 -1, ptr %63, align 8, !tbaa !41
  %64 = getelementptr inbounds i8, ptr %0, i64 100
  store i32 0, ptr %64, align 4, !tbaa !42
  %65 = getelementptr inbounds i8, ptr %0, i64 104
  store ptr %29, ptr %65, align 8, !tbaa !43
  %66 = getelementptr inbounds i8, ptr %0, i64 112
  store ptr %28, ptr %66, align 8, !tbaa !44
  br label %67

67:                                               ; preds = %2, %4
  ret ptr %0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local ptr @pb_lpm_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #3 {
  %3 = tail call fastcc i32 @lookup_node(ptr noundef %0, ptr noundef %1) #10
  %4 = icmp eq i32 %3, -1
  br i1 %4, label %14, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds i8, ptr %0, i64 56
  %7 = load ptr, ptr %6, align 8, !tbaa !35
  %8 = getelementptr inbounds i8, ptr %0, i64 76
  %9 = load i32, ptr %8, align 4, !tbaa !33
  %10 = zext i32 %9 to i64
  %11 = zext i32 %3 to i64
  %12 = mul nuw i64 %10, %11
  %13 = getelementptr inbounds i8, ptr %7, i64 %12
  br label %14

14:                                               ; preds = %2, %5
  %15 = phi ptr [ %13, %5 ], [ null, %2 ]
  ret ptr %15
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define internal fastcc i32 @lookup_node(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) unnamed_addr #3 {
  %3 = load i32, ptr %1, align 1
  %4 = getelementptr inbounds i8, ptr %0, i64 84
  %5 = load i32, ptr %4, align 4, !tbaa !38
  %6 = icmp ugt i32 %3, %5
  br i1 %6, label %79, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load i32, ptr %8, align 4, !tbaa !45
  %10 = icmp eq i32 %9, -1
  br i1 %10, label %79, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 112
  %13 = load ptr, ptr %12, align 8, !tbaa !44
  %14 = getelementptr inbounds i8, ptr %0, i64 80
  %15 = load i32, ptr %14, align 8, !tbaa !37
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %1, i64 4
  %18 = getelementptr inbounds i8, ptr %0, i64 104
  %19 = load ptr, ptr %18, align 8, !tbaa !43
  %20 = icmp eq i32 %15, 0
  br label %21

21:                                               ; preds = %11, %56
  %22 = phi i32 [ %9, %11 ], [ %75, %56 ]
  %23 = phi i32 [ 2050, %11 ], [ %74, %56 ]
  %24 = phi i32 [ -1, %11 ], [ %62, %56 ]
  %25 = zext i32 %22 to i64
  %26 = mul nuw i64 %16, %25
  %27 = getelementptr inbounds i8, ptr %13, i64 %26
  %28 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %25, i32 1
  %29 = load i32, ptr %28, align 4, !tbaa !46
  %30 = tail call i32 @llvm.umin.i32(i32 %29, i32 %3)
  br i1 %20, label %51, label %31

31:                                               ; preds = %21, %47
  %32 = phi i64 [ %48, %47 ], [ 0, %21 ]
  %33 = phi i32 [ %45, %47 ], [ 0, %21 ]
  %34 = getelementptr inbounds i8, ptr %27, i64 %32
  %35 = load i8, ptr %34, align 1, !tbaa !48
  %36 = getelementptr inbounds i8, ptr %17, i64 %32
  %37 = load i8, ptr %36, align 1, !tbaa !48
  %38 = xor i8 %37, %35
  %39 = zext i8 %38 to i32
  %40 = icmp ne i8 %35, %37
  %41 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %39, i1 true)
  %42 = or disjoint i32 %41, -32
  %43 = select i1 %40, i32 %42, i32 0
  %44 = add i32 %33, 8
  %45 = add i32 %44, %43
  %46 = icmp ult i32 %45, %30
  br i1 %46, label %47, label %51

47:                                               ; preds = %31
  %48 = add nuw nsw i64 %32, 1
  %49 = icmp eq i64 %48, %16
  %50 = select i1 %40, i1 true, i1 %49
  br i1 %50, label %51, label %31, !llvm.loop !49

51:                                               ; preds = %31, %47, %21
  %52 = phi i32 [ 0, %21 ], [ %45, %47 ], [ %30, %31 ]
  %53 = icmp eq i32 %52, %5
  br i1 %53, label %79, label %54

54:                                               ; preds = %51
  %55 = icmp ult i32 %52, %29
  br i1 %55, label %79, label %56

56:                                               ; preds = %54
  %57 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %25
  %58 = getelementptr inbounds i8, ptr %57, i64 12
  %59 = load i32, ptr %58, align 4, !tbaa !52
  %60 = and i32 %59, 1
  %61 = icmp eq i32 %60, 0
  %62 = select i1 %61, i32 %22, i32 %24
  %63 = lshr i32 %29, 3
  %64 = zext nneg i32 %63 to i64
  %65 = getelementptr inbounds i8, ptr %17, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !48
  %67 = zext i8 %66 to i32
  %68 = and i32 %29, 7
  %69 = xor i32 %68, 7
  %70 = lshr i32 %67, %69
  %71 = and i32 %70, 1
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds [2 x i32], ptr %57, i64 0, i64 %72
  %74 = add nsw i32 %23, -1
  %75 = load i32, ptr %73, align 4, !tbaa !45
  %76 = icmp ne i32 %75, -1
  %77 = icmp ne i32 %74, 0
  %78 = select i1 %76, i1 %77, i1 false
  br i1 %78, label %21, label %79, !llvm.loop !53

79:                                               ; preds = %56, %51, %54, %7, %2
  %80 = phi i32 [ -1, %2 ], [ -1, %7 ], [ %62, %56 ], [ %22, %51 ], [ %24, %54 ]
  ret i32 %80
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -2, 1) i64 @pb_lpm_sys_lookup(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #4 {
  %4 = tail call fastcc i32 @lookup_node(ptr noundef %0, ptr noundef %1) #10
  %5 = icmp eq i32 %4, -1
  br i1 %5, label %101, label %6

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 56
  %8 = load ptr, ptr %7, align 8, !tbaa !35
  %9 = getelementptr inbounds i8, ptr %0, i64 76
  %10 = load i32, ptr %9, align 4, !tbaa !33
  %11 = zext i32 %10 to i64
  %12 = zext i32 %4 to i64
  %13 = mul nuw i64 %11, %12
  %14 = getelementptr inbounds i8, ptr %8, i64 %13
  %15 = getelementptr inbounds i8, ptr %0, i64 12
  %16 = load i32, ptr %15, align 4, !tbaa !17
  %17 = getelementptr inbounds i8, ptr %0, i64 36
  %18 = load i32, ptr %17, align 4, !tbaa !27
  %19 = icmp eq i32 %18, -1
  %20 = add i32 %18, 4
  %21 = icmp ugt i32 %20, %16
  %22 = or i1 %19, %21
  br i1 %22, label %23, label %44

23:                                               ; preds = %6
  %24 = zext i32 %16 to i64
  %25 = icmp ult i32 %16, 8
  br i1 %25, label %26, label %29

26:                                               ; preds = %29, %23
  %27 = phi i64 [ 0, %23 ], [ %30, %29 ]
  %28 = icmp ult i64 %27, %24
  br i1 %28, label %37, label %92

29:                                               ; preds = %23, %29
  %30 = phi i64 [ %35, %29 ], [ 8, %23 ]
  %31 = phi i64 [ %30, %29 ], [ 0, %23 ]
  %32 = getelementptr inbounds i8, ptr %2, i64 %31
  %33 = getelementptr inbounds i8, ptr %14, i64 %31
  %34 = load i64, ptr %33, align 1
  store i64 %34, ptr %32, align 1
  %35 = add nuw nsw i64 %30, 8
  %36 = icmp ugt i64 %35, %24
  br i1 %36, label %26, label %29, !llvm.loop !54

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %42, %37 ], [ %27, %26 ]
  %39 = getelementptr inbounds i8, ptr %14, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !48
  %41 = getelementptr inbounds i8, ptr %2, i64 %38
  store i8 %40, ptr %41, align 1, !tbaa !48
  %42 = add nuw nsw i64 %38, 1
  %43 = icmp eq i64 %42, %24
  br i1 %43, label %92, label %37, !llvm.loop !55

44:                                               ; preds = %6
  %45 = zext i32 %18 to i64
  %46 = icmp ult i32 %18, 8
  br i1 %46, label %47, label %50

47:                                               ; preds = %50, %44
  %48 = phi i64 [ 0, %44 ], [ %51, %50 ]
  %49 = icmp ult i64 %48, %45
  br i1 %49, label %58, label %65

50:                                               ; preds = %44, %50
  %51 = phi i64 [ %56, %50 ], [ 8, %44 ]
  %52 = phi i64 [ %51, %50 ], [ 0, %44 ]
  %53 = getelementptr inbounds i8, ptr %2, i64 %52
  %54 = getelementptr inbounds i8, ptr %14, i64 %52
  %55 = load i64, ptr %54, align 1
  store i64 %55, ptr %53, align 1
  %56 = add nuw nsw i64 %51, 8
  %57 = icmp ugt i64 %56, %45
  br i1 %57, label %47, label %50, !llvm.loop !54

58:                                               ; preds = %47, %58
  %59 = phi i64 [ %63, %58 ], [ %48, %47 ]
  %60 = getelementptr inbounds i8, ptr %14, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !48
  %62 = getelementptr inbounds i8, ptr %2, i64 %59
  store i8 %61, ptr %62, align 1, !tbaa !48
  %63 = add nuw nsw i64 %59, 1
  %64 = icmp eq i64 %63, %45
  br i1 %64, label %65, label %58, !llvm.loop !55

65:                                               ; preds = %58, %47
  %66 = getelementptr inbounds i8, ptr %2, i64 %45
  %67 = getelementptr inbounds i8, ptr %66, i64 4
  %68 = getelementptr inbounds i8, ptr %14, i64 %45
  %69 = getelementptr inbounds i8, ptr %68, i64 4
  %70 = sub i32 %16, %18
  %71 = add i32 %70, -4
  %72 = zext i32 %71 to i64
  %73 = icmp ult i32 %71, 8
  br i1 %73, label %74, label %77

74:                                               ; preds = %77, %65
  %75 = phi i64 [ 0, %65 ], [ %78, %77 ]
  %76 = icmp ult i64 %75, %72
  br i1 %76, label %85, label %92

77:                                               ; preds = %65, %77
  %78 = phi i64 [ %83, %77 ], [ 8, %65 ]
  %79 = phi i64 [ %78, %77 ], [ 0, %65 ]
  %80 = getelementptr inbounds i8, ptr %67, i64 %79
  %81 = getelementptr inbounds i8, ptr %69, i64 %79
  %82 = load i64, ptr %81, align 1
  store i64 %82, ptr %80, align 1
  %83 = add nuw nsw i64 %78, 8
  %84 = icmp ugt i64 %83, %72
  br i1 %84, label %74, label %77, !llvm.loop !54

85:                                               ; preds = %74, %85
  %86 = phi i64 [ %90, %85 ], [ %75, %74 ]
  %87 = getelementptr inbounds i8, ptr %69, i64 %86
  %88 = load i8, ptr %87, align 1, !tbaa !48
  %89 = getelementptr inbounds i8, ptr %67, i64 %86
  store i8 %88, ptr %89, align 1, !tbaa !48
  %90 = add nuw nsw i64 %86, 1
  %91 = icmp eq i64 %90, %72
  br i1 %91, label %92, label %85, !llvm.loop !55

92:                                               ; preds = %85, %37, %74, %26
  %93 = load i32, ptr %17, align 4, !tbaa !27
  %94 = icmp eq i32 %93, -1
  %95 = add i32 %93, 4
  %96 = icmp ugt i32 %95, %16
  %97 = or i1 %94, %96
  br i1 %97, label %101, label %98

98:                                               ; preds = %92
  %99 = zext i32 %93 to i64
  %100 = getelementptr inbounds i8, ptr %2, i64 %99
  store i32 0, ptr %100, align 1
  br label %101

101:                                              ; preds = %98, %92, %3
  %102 = phi i64 [ -2, %3 ], [ 0, %92 ], [ 0, %98 ]
  ret i64 %102
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local noundef i64 @pb_lpm_update(ptr nocapture noundef %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, i64 noundef %3) local_unnamed_addr #5 {
  %5 = load i32, ptr %1, align 1
  %6 = icmp ugt i64 %3, 2
  br i1 %6, label %449, label %7

7:                                                ; preds = %4
  %8 = getelementptr inbounds i8, ptr %0, i64 84
  %9 = load i32, ptr %8, align 4, !tbaa !38
  %10 = icmp ugt i32 %5, %9
  br i1 %10, label %449, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 96
  %13 = load i32, ptr %12, align 8, !tbaa !41
  %14 = icmp eq i32 %13, -1
  br i1 %14, label %21, label %15

15:                                               ; preds = %11
  %16 = getelementptr inbounds i8, ptr %0, i64 104
  %17 = load ptr, ptr %16, align 8, !tbaa !43
  %18 = zext i32 %13 to i64
  %19 = getelementptr inbounds %struct.pb_lpm_node, ptr %17, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !45
  store i32 %20, ptr %12, align 8, !tbaa !41
  br label %32

21:                                               ; preds = %11
  %22 = getelementptr inbounds i8, ptr %0, i64 100
  %23 = load i32, ptr %22, align 4, !tbaa !42
  %24 = getelementptr inbounds i8, ptr %0, i64 92
  %25 = load i32, ptr %24, align 4, !tbaa !40
  %26 = icmp ult i32 %23, %25
  br i1 %26, label %27, label %449

27:                                               ; preds = %21
  %28 = add nuw i32 %23, 1
  store i32 %28, ptr %22, align 4, !tbaa !42
  %29 = getelementptr inbounds i8, ptr %0, i64 104
  %30 = load ptr, ptr %29, align 8, !tbaa !43
  %31 = zext i32 %23 to i64
  br label %32

32:                                               ; preds = %27, %15
  %33 = phi i64 [ %31, %27 ], [ %18, %15 ]
  %34 = phi ptr [ %30, %27 ], [ %17, %15 ]
  %35 = phi i32 [ %23, %27 ], [ %13, %15 ]
  %36 = getelementptr inbounds %struct.pb_lpm_node, ptr %34, i64 %33, i32 2
  store i32 0, ptr %36, align 4, !tbaa !52
  %37 = getelementptr inbounds i8, ptr %0, i64 104
  %38 = getelementptr inbounds %struct.pb_lpm_node, ptr %34, i64 %33, i32 1
  store i32 %5, ptr %38, align 4, !tbaa !46
  %39 = getelementptr inbounds %struct.pb_lpm_node, ptr %34, i64 %33
  store i32 -1, ptr %39, align 4, !tbaa !45
  %40 = getelementptr inbounds %struct.pb_lpm_node, ptr %34, i64 %33, i32 0, i64 1
  store i32 -1, ptr %40, align 4, !tbaa !45
  %41 = getelementptr inbounds i8, ptr %0, i64 112
  %42 = load ptr, ptr %41, align 8, !tbaa !44
  %43 = getelementptr inbounds i8, ptr %0, i64 80
  %44 = load i32, ptr %43, align 8, !tbaa !37
  %45 = zext i32 %44 to i64
  %46 = mul nuw i64 %33, %45
  %47 = getelementptr inbounds i8, ptr %42, i64 %46
  %48 = getelementptr inbounds i8, ptr %1, i64 4
  %49 = icmp ult i32 %44, 8
  br i1 %49, label %50, label %53

50:                                               ; preds = %53, %32
  %51 = phi i64 [ 0, %32 ], [ %54, %53 ]
  %52 = icmp ult i64 %51, %45
  br i1 %52, label %61, label %68

53:                                               ; preds = %32, %53
  %54 = phi i64 [ %59, %53 ], [ 8, %32 ]
  %55 = phi i64 [ %54, %53 ], [ 0, %32 ]
  %56 = getelementptr inbounds i8, ptr %47, i64 %55
  %57 = getelementptr inbounds i8, ptr %48, i64 %55
  %58 = load i64, ptr %57, align 1
  store i64 %58, ptr %56, align 1
  %59 = add nuw nsw i64 %54, 8
  %60 = icmp ugt i64 %59, %45
  br i1 %60, label %50, label %53, !llvm.loop !54

61:                                               ; preds = %50, %61
  %62 = phi i64 [ %66, %61 ], [ %51, %50 ]
  %63 = getelementptr inbounds i8, ptr %48, i64 %62
  %64 = load i8, ptr %63, align 1, !tbaa !48
  %65 = getelementptr inbounds i8, ptr %47, i64 %62
  store i8 %64, ptr %65, align 1, !tbaa !48
  %66 = add nuw nsw i64 %62, 1
  %67 = icmp eq i64 %66, %45
  br i1 %67, label %68, label %61, !llvm.loop !55

68:                                               ; preds = %61, %50
  %69 = getelementptr inbounds i8, ptr %0, i64 88
  %70 = load i32, ptr %69, align 4, !tbaa !45
  %71 = icmp eq i32 %70, -1
  br i1 %71, label %133, label %72

72:                                               ; preds = %68
  %73 = load ptr, ptr %41, align 8, !tbaa !44
  %74 = load i32, ptr %43, align 8, !tbaa !37
  %75 = zext i32 %74 to i64
  %76 = load i32, ptr %1, align 1
  %77 = load ptr, ptr %37, align 8, !tbaa !43
  %78 = icmp eq i32 %74, 0
  %79 = icmp eq i32 %5, 0
  br label %80

80:                                               ; preds = %72, %117
  %81 = phi i32 [ %70, %72 ], [ %131, %117 ]
  %82 = phi ptr [ %69, %72 ], [ %130, %117 ]
  %83 = zext i32 %81 to i64
  %84 = mul nuw i64 %75, %83
  %85 = getelementptr inbounds i8, ptr %73, i64 %84
  %86 = getelementptr inbounds %struct.pb_lpm_node, ptr %77, i64 %83, i32 1
  %87 = load i32, ptr %86, align 4, !tbaa !46
  %88 = tail call i32 @llvm.umin.i32(i32 %87, i32 %76)
  br i1 %78, label %114, label %89

89:                                               ; preds = %80, %105
  %90 = phi i64 [ %106, %105 ], [ 0, %80 ]
  %91 = phi i32 [ %103, %105 ], [ 0, %80 ]
  %92 = getelementptr inbounds i8, ptr %85, i64 %90
  %93 = load i8, ptr %92, align 1, !tbaa !48
  %94 = getelementptr inbounds i8, ptr %48, i64 %90
  %95 = load i8, ptr %94, align 1, !tbaa !48
  %96 = xor i8 %95, %93
  %97 = zext i8 %96 to i32
  %98 = icmp ne i8 %93, %95
  %99 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %97, i1 true)
  %100 = or disjoint i32 %99, -32
  %101 = select i1 %98, i32 %100, i32 0
  %102 = add i32 %91, 8
  %103 = add i32 %102, %101
  %104 = icmp ult i32 %103, %88
  br i1 %104, label %105, label %109

105:                                              ; preds = %89
  %106 = add nuw nsw i64 %90, 1
  %107 = icmp eq i64 %106, %75
  %108 = select i1 %98, i1 true, i1 %107
  br i1 %108, label %109, label %89, !llvm.loop !49

109:                                              ; preds = %89, %105
  %110 = phi i32 [ %88, %89 ], [ %103, %105 ]
  %111 = icmp ne i32 %87, %110
  %112 = icmp eq i32 %87, %5
  %113 = select i1 %111, i1 true, i1 %112
  br i1 %113, label %229, label %117

114:                                              ; preds = %80
  %115 = icmp ne i32 %87, 0
  %116 = select i1 %115, i1 true, i1 %79
  br i1 %116, label %229, label %117

117:                                              ; preds = %114, %109
  %118 = phi i32 [ 0, %114 ], [ %87, %109 ]
  %119 = getelementptr inbounds %struct.pb_lpm_node, ptr %77, i64 %83
  %120 = lshr i32 %118, 3
  %121 = zext nneg i32 %120 to i64
  %122 = getelementptr inbounds i8, ptr %48, i64 %121
  %123 = load i8, ptr %122, align 1, !tbaa !48
  %124 = zext i8 %123 to i32
  %125 = and i32 %118, 7
  %126 = xor i32 %125, 7
  %127 = lshr i32 %124, %126
  %128 = and i32 %127, 1
  %129 = zext nneg i32 %128 to i64
  %130 = getelementptr inbounds [2 x i32], ptr %119, i64 0, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !45
  %132 = icmp eq i32 %131, -1
  br i1 %132, label %133, label %80, !llvm.loop !56

133:                                              ; preds = %117, %68
  %134 = phi ptr [ %69, %68 ], [ %130, %117 ]
  %135 = icmp eq i64 %3, 2
  br i1 %135, label %435, label %136

136:                                              ; preds = %133
  %137 = getelementptr inbounds i8, ptr %0, i64 72
  %138 = load i32, ptr %137, align 8, !tbaa !57
  %139 = getelementptr inbounds i8, ptr %0, i64 16
  %140 = load i32, ptr %139, align 8, !tbaa !58
  %141 = icmp eq i32 %138, %140
  br i1 %141, label %435, label %142

142:                                              ; preds = %136
  %143 = add i32 %138, 1
  store i32 %143, ptr %137, align 8, !tbaa !57
  %144 = getelementptr inbounds i8, ptr %0, i64 56
  %145 = load ptr, ptr %144, align 8, !tbaa !35
  %146 = getelementptr inbounds i8, ptr %0, i64 76
  %147 = load i32, ptr %146, align 4, !tbaa !33
  %148 = zext i32 %147 to i64
  %149 = mul nuw i64 %33, %148
  %150 = getelementptr inbounds i8, ptr %145, i64 %149
  %151 = getelementptr inbounds i8, ptr %0, i64 12
  %152 = load i32, ptr %151, align 4, !tbaa !17
  %153 = getelementptr inbounds i8, ptr %0, i64 36
  %154 = load i32, ptr %153, align 4, !tbaa !27
  %155 = icmp eq i32 %154, -1
  %156 = add i32 %154, 4
  %157 = icmp ugt i32 %156, %152
  %158 = or i1 %155, %157
  br i1 %158, label %159, label %180

159:                                              ; preds = %142
  %160 = zext i32 %152 to i64
  %161 = icmp ult i32 %152, 8
  br i1 %161, label %162, label %165

162:                                              ; preds = %165, %159
  %163 = phi i64 [ 0, %159 ], [ %166, %165 ]
  %164 = icmp ult i64 %163, %160
  br i1 %164, label %173, label %228

165:                                              ; preds = %159, %165
  %166 = phi i64 [ %171, %165 ], [ 8, %159 ]
  %167 = phi i64 [ %166, %165 ], [ 0, %159 ]
  %168 = getelementptr inbounds i8, ptr %150, i64 %167
  %169 = getelementptr inbounds i8, ptr %2, i64 %167
  %170 = load i64, ptr %169, align 1
  store i64 %170, ptr %168, align 1
  %171 = add nuw nsw i64 %166, 8
  %172 = icmp ugt i64 %171, %160
  br i1 %172, label %162, label %165, !llvm.loop !54

173:                                              ; preds = %162, %173
  %174 = phi i64 [ %178, %173 ], [ %163, %162 ]
  %175 = getelementptr inbounds i8, ptr %2, i64 %174
  %176 = load i8, ptr %175, align 1, !tbaa !48
  %177 = getelementptr inbounds i8, ptr %150, i64 %174
  store i8 %176, ptr %177, align 1, !tbaa !48
  %178 = add nuw nsw i64 %174, 1
  %179 = icmp eq i64 %178, %160
  br i1 %179, label %228, label %173, !llvm.loop !55

180:                                              ; preds = %142
  %181 = zext i32 %154 to i64
  %182 = icmp ult i32 %154, 8
  br i1 %182, label %183, label %186

183:                                              ; preds = %186, %180
  %184 = phi i64 [ 0, %180 ], [ %187, %186 ]
  %185 = icmp ult i64 %184, %181
  br i1 %185, label %194, label %201

186:                                              ; preds = %180, %186
  %187 = phi i64 [ %192, %186 ], [ 8, %180 ]
  %188 = phi i64 [ %187, %186 ], [ 0, %180 ]
  %189 = getelementptr inbounds i8, ptr %150, i64 %188
  %190 = getelementptr inbounds i8, ptr %2, i64 %188
  %191 = load i64, ptr %190, align 1
  store i64 %191, ptr %189, align 1
  %192 = add nuw nsw i64 %187, 8
  %193 = icmp ugt i64 %192, %181
  br i1 %193, label %183, label %186, !llvm.loop !54

194:                                              ; preds = %183, %194
  %195 = phi i64 [ %199, %194 ], [ %184, %183 ]
  %196 = getelementptr inbounds i8, ptr %2, i64 %195
  %197 = load i8, ptr %196, align 1, !tbaa !48
  %198 = getelementptr inbounds i8, ptr %150, i64 %195
  store i8 %197, ptr %198, align 1, !tbaa !48
  %199 = add nuw nsw i64 %195, 1
  %200 = icmp eq i64 %199, %181
  br i1 %200, label %201, label %194, !llvm.loop !55

201:                                              ; preds = %194, %183
  %202 = getelementptr inbounds i8, ptr %150, i64 %181
  %203 = getelementptr inbounds i8, ptr %202, i64 4
  %204 = getelementptr inbounds i8, ptr %2, i64 %181
  %205 = getelementptr inbounds i8, ptr %204, i64 4
  %206 = sub i32 %152, %154
  %207 = add i32 %206, -4
  %208 = zext i32 %207 to i64
  %209 = icmp ult i32 %207, 8
  br i1 %209, label %210, label %213

210:                                              ; preds = %213, %201
  %211 = phi i64 [ 0, %201 ], [ %214, %213 ]
  %212 = icmp ult i64 %211, %208
  br i1 %212, label %221, label %228

213:                                              ; preds = %201, %213
  %214 = phi i64 [ %219, %213 ], [ 8, %201 ]
  %215 = phi i64 [ %214, %213 ], [ 0, %201 ]
  %216 = getelementptr inbounds i8, ptr %203, i64 %215
  %217 = getelementptr inbounds i8, ptr %205, i64 %215
  %218 = load i64, ptr %217, align 1
  store i64 %218, ptr %216, align 1
  %219 = add nuw nsw i64 %214, 8
  %220 = icmp ugt i64 %219, %208
  br i1 %220, label %210, label %213, !llvm.loop !54

221:                                              ; preds = %210, %221
  %222 = phi i64 [ %226, %221 ], [ %211, %210 ]
  %223 = getelementptr inbounds i8, ptr %205, i64 %222
  %224 = load i8, ptr %223, align 1, !tbaa !48
  %225 = getelementptr inbounds i8, ptr %203, i64 %222
  store i8 %224, ptr %225, align 1, !tbaa !48
  %226 = add nuw nsw i64 %222, 1
  %227 = icmp eq i64 %226, %208
  br i1 %227, label %228, label %221, !llvm.loop !55

228:                                              ; preds = %221, %173, %162, %210
  store i32 %35, ptr %134, align 4, !tbaa !45
  br label %449

229:                                              ; preds = %114, %109
  %230 = phi i32 [ %110, %109 ], [ 0, %114 ]
  %231 = icmp eq i32 %87, %230
  br i1 %231, label %232, label %334

232:                                              ; preds = %229
  %233 = getelementptr inbounds %struct.pb_lpm_node, ptr %77, i64 %83, i32 2
  %234 = load i32, ptr %233, align 4, !tbaa !52
  %235 = and i32 %234, 1
  %236 = icmp eq i32 %235, 0
  br i1 %236, label %237, label %239

237:                                              ; preds = %232
  %238 = icmp eq i64 %3, 1
  br i1 %238, label %435, label %249

239:                                              ; preds = %232
  %240 = icmp eq i64 %3, 2
  br i1 %240, label %435, label %241

241:                                              ; preds = %239
  %242 = getelementptr inbounds i8, ptr %0, i64 72
  %243 = load i32, ptr %242, align 8, !tbaa !57
  %244 = getelementptr inbounds i8, ptr %0, i64 16
  %245 = load i32, ptr %244, align 8, !tbaa !58
  %246 = icmp eq i32 %243, %245
  br i1 %246, label %435, label %247

247:                                              ; preds = %241
  %248 = add i32 %243, 1
  store i32 %248, ptr %242, align 8, !tbaa !57
  br label %249

249:                                              ; preds = %247, %237
  %250 = getelementptr inbounds i8, ptr %0, i64 56
  %251 = load ptr, ptr %250, align 8, !tbaa !35
  %252 = getelementptr inbounds i8, ptr %0, i64 76
  %253 = load i32, ptr %252, align 4, !tbaa !33
  %254 = zext i32 %253 to i64
  %255 = mul nuw i64 %33, %254
  %256 = getelementptr inbounds i8, ptr %251, i64 %255
  %257 = getelementptr inbounds i8, ptr %0, i64 12
  %258 = load i32, ptr %257, align 4, !tbaa !17
  %259 = getelementptr inbounds i8, ptr %0, i64 36
  %260 = load i32, ptr %259, align 4, !tbaa !27
  %261 = icmp eq i32 %260, -1
  %262 = add i32 %260, 4
  %263 = icmp ugt i32 %262, %258
  %264 = or i1 %261, %263
  br i1 %264, label %265, label %286

265:                                              ; preds = %249
  %266 = zext i32 %258 to i64
  %267 = icmp ult i32 %258, 8
  br i1 %267, label %268, label %271

268:                                              ; preds = %271, %265
  %269 = phi i64 [ 0, %265 ], [ %272, %271 ]
  %270 = icmp ult i64 %269, %266
  br i1 %270, label %279, label %440

271:                                              ; preds = %265, %271
  %272 = phi i64 [ %277, %271 ], [ 8, %265 ]
  %273 = phi i64 [ %272, %271 ], [ 0, %265 ]
  %274 = getelementptr inbounds i8, ptr %256, i64 %273
  %275 = getelementptr inbounds i8, ptr %2, i64 %273
  %276 = load i64, ptr %275, align 1
  store i64 %276, ptr %274, align 1
  %277 = add nuw nsw i64 %272, 8
  %278 = icmp ugt i64 %277, %266
  br i1 %278, label %268, label %271, !llvm.loop !54

279:                                              ; preds = %268, %279
  %280 = phi i64 [ %284, %279 ], [ %269, %268 ]
  %281 = getelementptr inbounds i8, ptr %2, i64 %280
  %282 = load i8, ptr %281, align 1, !tbaa !48
  %283 = getelementptr inbounds i8, ptr %256, i64 %280
  store i8 %282, ptr %283, align 1, !tbaa !48
  %284 = add nuw nsw i64 %280, 1
  %285 = icmp eq i64 %284, %266
  br i1 %285, label %440, label %279, !llvm.loop !55

286:                                              ; preds = %249
  %287 = zext i32 %260 to i64
  %288 = icmp ult i32 %260, 8
  br i1 %288, label %289, label %292

289:                                              ; preds = %292, %286
  %290 = phi i64 [ 0, %286 ], [ %293, %292 ]
  %291 = icmp ult i64 %290, %287
  br i1 %291, label %300, label %307

292:                                              ; preds = %286, %292
  %293 = phi i64 [ %298, %292 ], [ 8, %286 ]
  %294 = phi i64 [ %293, %292 ], [ 0, %286 ]
  %295 = getelementptr inbounds i8, ptr %256, i64 %294
  %296 = getelementptr inbounds i8, ptr %2, i64 %294
  %297 = load i64, ptr %296, align 1
  store i64 %297, ptr %295, align 1
  %298 = add nuw nsw i64 %293, 8
  %299 = icmp ugt i64 %298, %287
  br i1 %299, label %289, label %292, !llvm.loop !54

300:                                              ; preds = %289, %300
  %301 = phi i64 [ %305, %300 ], [ %290, %289 ]
  %302 = getelementptr inbounds i8, ptr %2, i64 %301
  %303 = load i8, ptr %302, align 1, !tbaa !48
  %304 = getelementptr inbounds i8, ptr %256, i64 %301
  store i8 %303, ptr %304, align 1, !tbaa !48
  %305 = add nuw nsw i64 %301, 1
  %306 = icmp eq i64 %305, %287
  br i1 %306, label %307, label %300, !llvm.loop !55

307:                                              ; preds = %300, %289
  %308 = getelementptr inbounds i8, ptr %256, i64 %287
  %309 = getelementptr inbounds i8, ptr %308, i64 4
  %310 = getelementptr inbounds i8, ptr %2, i64 %287
  %311 = getelementptr inbounds i8, ptr %310, i64 4
  %312 = sub i32 %258, %260
  %313 = add i32 %312, -4
  %314 = zext i32 %313 to i64
  %315 = icmp ult i32 %313, 8
  br i1 %315, label %316, label %319

316:                                              ; preds = %319, %307
  %317 = phi i64 [ 0, %307 ], [ %320, %319 ]
  %318 = icmp ult i64 %317, %314
  br i1 %318, label %327, label %440

319:                                              ; preds = %307, %319
  %320 = phi i64 [ %325, %319 ], [ 8, %307 ]
  %321 = phi i64 [ %320, %319 ], [ 0, %307 ]
  %322 = getelementptr inbounds i8, ptr %309, i64 %321
  %323 = getelementptr inbounds i8, ptr %311, i64 %321
  %324 = load i64, ptr %323, align 1
  store i64 %324, ptr %322, align 1
  %325 = add nuw nsw i64 %320, 8
  %326 = icmp ugt i64 %325, %314
  br i1 %326, label %316, label %319, !llvm.loop !54

327:                                              ; preds = %316, %327
  %328 = phi i64 [ %332, %327 ], [ %317, %316 ]
  %329 = getelementptr inbounds i8, ptr %311, i64 %328
  %330 = load i8, ptr %329, align 1, !tbaa !48
  %331 = getelementptr inbounds i8, ptr %309, i64 %328
  store i8 %330, ptr %331, align 1, !tbaa !48
  %332 = add nuw nsw i64 %328, 1
  %333 = icmp eq i64 %332, %314
  br i1 %333, label %440, label %327, !llvm.loop !55

334:                                              ; preds = %229
  %335 = icmp eq i64 %3, 2
  br i1 %335, label %435, label %336

336:                                              ; preds = %334
  %337 = getelementptr inbounds i8, ptr %0, i64 72
  %338 = load i32, ptr %337, align 8, !tbaa !57
  %339 = getelementptr inbounds i8, ptr %0, i64 16
  %340 = load i32, ptr %339, align 8, !tbaa !58
  %341 = icmp eq i32 %338, %340
  br i1 %341, label %435, label %342

342:                                              ; preds = %336
  %343 = add i32 %338, 1
  store i32 %343, ptr %337, align 8, !tbaa !57
  %344 = icmp eq i32 %230, %5
  br i1 %344, label %345, label %373

345:                                              ; preds = %342
  %346 = getelementptr inbounds i8, ptr %0, i64 56
  %347 = load ptr, ptr %346, align 8, !tbaa !35
  %348 = getelementptr inbounds i8, ptr %0, i64 76
  %349 = load i32, ptr %348, align 4, !tbaa !33
  %350 = zext i32 %349 to i64
  %351 = mul nuw i64 %33, %350
  %352 = getelementptr inbounds i8, ptr %347, i64 %351
  %353 = getelementptr inbounds i8, ptr %0, i64 12
  %354 = load i32, ptr %353, align 4, !tbaa !17
  tail call fastcc void @pb_copy_value(ptr noundef nonnull %0, ptr noundef %352, ptr noundef %2, i32 noundef %354) #10
  %355 = load ptr, ptr %37, align 8, !tbaa !43
  %356 = getelementptr inbounds %struct.pb_lpm_node, ptr %355, i64 %33
  %357 = load ptr, ptr %41, align 8, !tbaa !44
  %358 = load i32, ptr %43, align 8, !tbaa !37
  %359 = zext i32 %358 to i64
  %360 = mul nuw i64 %359, %83
  %361 = getelementptr inbounds i8, ptr %357, i64 %360
  %362 = lshr i32 %5, 3
  %363 = zext nneg i32 %362 to i64
  %364 = getelementptr inbounds i8, ptr %361, i64 %363
  %365 = load i8, ptr %364, align 1, !tbaa !48
  %366 = zext i8 %365 to i32
  %367 = and i32 %5, 7
  %368 = xor i32 %367, 7
  %369 = lshr i32 %366, %368
  %370 = and i32 %369, 1
  %371 = zext nneg i32 %370 to i64
  %372 = getelementptr inbounds [2 x i32], ptr %356, i64 0, i64 %371
  store i32 %81, ptr %372, align 4, !tbaa !45
  store i32 %35, ptr %82, align 4, !tbaa !45
  br label %449

373:                                              ; preds = %342
  %374 = tail call fastcc i32 @node_alloc(ptr noundef nonnull %0) #10
  %375 = icmp eq i32 %374, -1
  br i1 %375, label %376, label %379

376:                                              ; preds = %373
  %377 = load i32, ptr %337, align 8, !tbaa !32
  %378 = add i32 %377, -1
  store i32 %378, ptr %337, align 8, !tbaa !32
  br label %435

379:                                              ; preds = %373
  %380 = getelementptr inbounds i8, ptr %0, i64 56
  %381 = load ptr, ptr %380, align 8, !tbaa !35
  %382 = getelementptr inbounds i8, ptr %0, i64 76
  %383 = load i32, ptr %382, align 4, !tbaa !33
  %384 = zext i32 %383 to i64
  %385 = mul nuw i64 %33, %384
  %386 = getelementptr inbounds i8, ptr %381, i64 %385
  %387 = getelementptr inbounds i8, ptr %0, i64 12
  %388 = load i32, ptr %387, align 4, !tbaa !17
  tail call fastcc void @pb_copy_value(ptr noundef nonnull %0, ptr noundef %386, ptr noundef %2, i32 noundef %388) #10
  %389 = load ptr, ptr %37, align 8, !tbaa !43
  %390 = zext i32 %374 to i64
  %391 = getelementptr inbounds %struct.pb_lpm_node, ptr %389, i64 %390, i32 1
  store i32 %230, ptr %391, align 4, !tbaa !46
  %392 = getelementptr inbounds %struct.pb_lpm_node, ptr %389, i64 %390, i32 2
  store i32 1, ptr %392, align 4, !tbaa !52
  %393 = load ptr, ptr %41, align 8, !tbaa !44
  %394 = load i32, ptr %43, align 8, !tbaa !37
  %395 = zext i32 %394 to i64
  %396 = mul nuw i64 %395, %390
  %397 = getelementptr inbounds i8, ptr %393, i64 %396
  %398 = mul nuw i64 %395, %83
  %399 = getelementptr inbounds i8, ptr %393, i64 %398
  %400 = icmp ult i32 %394, 8
  br i1 %400, label %401, label %404

401:                                              ; preds = %404, %379
  %402 = phi i64 [ 0, %379 ], [ %405, %404 ]
  %403 = icmp ult i64 %402, %395
  br i1 %403, label %412, label %419

404:                                              ; preds = %379, %404
  %405 = phi i64 [ %410, %404 ], [ 8, %379 ]
  %406 = phi i64 [ %405, %404 ], [ 0, %379 ]
  %407 = getelementptr inbounds i8, ptr %397, i64 %406
  %408 = getelementptr inbounds i8, ptr %399, i64 %406
  %409 = load i64, ptr %408, align 1
  store i64 %409, ptr %407, align 1
  %410 = add nuw nsw i64 %405, 8
  %411 = icmp ugt i64 %410, %395
  br i1 %411, label %401, label %404, !llvm.loop !54

412:                                              ; preds = %401, %412
  %413 = phi i64 [ %417, %412 ], [ %402, %401 ]
  %414 = getelementptr inbounds i8, ptr %399, i64 %413
  %415 = load i8, ptr %414, align 1, !tbaa !48
  %416 = getelementptr inbounds i8, ptr %397, i64 %413
  store i8 %415, ptr %416, align 1, !tbaa !48
  %417 = add nuw nsw i64 %413, 1
  %418 = icmp eq i64 %417, %395
  br i1 %418, label %419, label %412, !llvm.loop !55

419:                                              ; preds = %412, %401
  %420 = lshr i32 %230, 3
  %421 = zext nneg i32 %420 to i64
  %422 = getelementptr inbounds i8, ptr %48, i64 %421
  %423 = load i8, ptr %422, align 1, !tbaa !48
  %424 = zext i8 %423 to i32
  %425 = and i32 %230, 7
  %426 = xor i32 %425, 7
  %427 = shl nuw nsw i32 1, %426
  %428 = and i32 %427, %424
  %429 = icmp eq i32 %428, 0
  %430 = load ptr, ptr %37, align 8, !tbaa !43
  %431 = getelementptr inbounds %struct.pb_lpm_node, ptr %430, i64 %390
  %432 = getelementptr inbounds %struct.pb_lpm_node, ptr %430, i64 %390, i32 0, i64 1
  %433 = select i1 %429, i32 %35, i32 %81
  %434 = select i1 %429, i32 %81, i32 %35
  store i32 %433, ptr %431, align 4, !tbaa !45
  store i32 %434, ptr %432, align 4, !tbaa !45
  store i32 %374, ptr %82, align 4, !tbaa !45
  br label %449

435:                                              ; preds = %336, %334, %241, %239, %136, %133, %376, %237
  %436 = phi i64 [ -17, %237 ], [ -12, %376 ], [ -28, %136 ], [ -2, %133 ], [ -28, %241 ], [ -2, %239 ], [ -28, %336 ], [ -2, %334 ]
  %437 = load i32, ptr %12, align 8, !tbaa !41
  %438 = load ptr, ptr %37, align 8, !tbaa !43
  %439 = getelementptr inbounds %struct.pb_lpm_node, ptr %438, i64 %33
  store i32 %437, ptr %439, align 4, !tbaa !45
  store i32 %35, ptr %12, align 8, !tbaa !41
  br label %449

440:                                              ; preds = %327, %279, %316, %268
  %441 = load ptr, ptr %37, align 8, !tbaa !43
  %442 = getelementptr inbounds %struct.pb_lpm_node, ptr %441, i64 %83
  %443 = load i32, ptr %442, align 4, !tbaa !45
  %444 = getelementptr inbounds %struct.pb_lpm_node, ptr %441, i64 %33
  store i32 %443, ptr %444, align 4, !tbaa !45
  %445 = getelementptr inbounds %struct.pb_lpm_node, ptr %441, i64 %83, i32 0, i64 1
  %446 = load i32, ptr %445, align 4, !tbaa !45
  %447 = getelementptr inbounds %struct.pb_lpm_node, ptr %441, i64 %33, i32 0, i64 1
  store i32 %446, ptr %447, align 4, !tbaa !45
  store i32 %35, ptr %82, align 4, !tbaa !45
  %448 = load i32, ptr %12, align 8, !tbaa !41
  store i32 %448, ptr %442, align 4, !tbaa !45
  store i32 %81, ptr %12, align 8, !tbaa !41
  br label %449

449:                                              ; preds = %419, %345, %228, %435, %21, %440, %7, %4
  %450 = phi i64 [ -22, %4 ], [ -22, %7 ], [ 0, %440 ], [ -12, %21 ], [ 0, %419 ], [ 0, %345 ], [ 0, %228 ], [ %436, %435 ]
  ret i64 %450
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define internal fastcc i32 @node_alloc(ptr nocapture noundef %0) unnamed_addr #6 {
  %2 = getelementptr inbounds i8, ptr %0, i64 96
  %3 = load i32, ptr %2, align 8, !tbaa !41
  %4 = icmp eq i32 %3, -1
  br i1 %4, label %11, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %0, i64 104
  %7 = load ptr, ptr %6, align 8, !tbaa !43
  %8 = zext i32 %3 to i64
  %9 = getelementptr inbounds %struct.pb_lpm_node, ptr %7, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !45
  store i32 %10, ptr %2, align 8, !tbaa !41
  br label %22

11:                                               ; preds = %1
  %12 = getelementptr inbounds i8, ptr %0, i64 100
  %13 = load i32, ptr %12, align 4, !tbaa !42
  %14 = getelementptr inbounds i8, ptr %0, i64 92
  %15 = load i32, ptr %14, align 4, !tbaa !40
  %16 = icmp ult i32 %13, %15
  br i1 %16, label %17, label %27

17:                                               ; preds = %11
  %18 = add nuw i32 %13, 1
  store i32 %18, ptr %12, align 4, !tbaa !42
  %19 = getelementptr inbounds i8, ptr %0, i64 104
  %20 = load ptr, ptr %19, align 8, !tbaa !43
  %21 = zext i32 %13 to i64
  br label %22

22:                                               ; preds = %17, %5
  %23 = phi i64 [ %21, %17 ], [ %8, %5 ]
  %24 = phi ptr [ %20, %17 ], [ %7, %5 ]
  %25 = phi i32 [ %13, %17 ], [ %3, %5 ]
  %26 = getelementptr inbounds %struct.pb_lpm_node, ptr %24, i64 %23, i32 2
  store i32 0, ptr %26, align 4, !tbaa !52
  br label %27

27:                                               ; preds = %11, %22
  %28 = phi i32 [ %25, %22 ], [ -1, %11 ]
  ret i32 %28
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @pb_copy_value(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef readonly %2, i32 noundef %3) unnamed_addr #7 {
  %5 = getelementptr inbounds i8, ptr %0, i64 36
  %6 = load i32, ptr %5, align 4, !tbaa !27
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
  br i1 %24, label %14, label %17, !llvm.loop !54

25:                                               ; preds = %14, %25
  %26 = phi i64 [ %30, %25 ], [ %15, %14 ]
  %27 = getelementptr inbounds i8, ptr %2, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !48
  %29 = getelementptr inbounds i8, ptr %1, i64 %26
  store i8 %28, ptr %29, align 1, !tbaa !48
  %30 = add nuw nsw i64 %26, 1
  %31 = icmp eq i64 %30, %12
  br i1 %31, label %80, label %25, !llvm.loop !55

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
  br i1 %45, label %35, label %38, !llvm.loop !54

46:                                               ; preds = %35, %46
  %47 = phi i64 [ %51, %46 ], [ %36, %35 ]
  %48 = getelementptr inbounds i8, ptr %2, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !48
  %50 = getelementptr inbounds i8, ptr %1, i64 %47
  store i8 %49, ptr %50, align 1, !tbaa !48
  %51 = add nuw nsw i64 %47, 1
  %52 = icmp eq i64 %51, %33
  br i1 %52, label %53, label %46, !llvm.loop !55

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
  br i1 %72, label %62, label %65, !llvm.loop !54

73:                                               ; preds = %62, %73
  %74 = phi i64 [ %78, %73 ], [ %63, %62 ]
  %75 = getelementptr inbounds i8, ptr %57, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !48
  %77 = getelementptr inbounds i8, ptr %55, i64 %74
  store i8 %76, ptr %77, align 1, !tbaa !48
  %78 = add nuw nsw i64 %74, 1
  %79 = icmp eq i64 %78, %60
  br i1 %79, label %80, label %73, !llvm.loop !55

80:                                               ; preds = %73, %25, %62, %14
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_lpm_delete(ptr nocapture noundef %0, ptr nocapture noundef readonly %1) local_unnamed_addr #5 {
  %3 = load i32, ptr %1, align 1
  %4 = getelementptr inbounds i8, ptr %0, i64 84
  %5 = load i32, ptr %4, align 4, !tbaa !38
  %6 = icmp ugt i32 %3, %5
  br i1 %6, label %132, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load i32, ptr %8, align 4, !tbaa !45
  %10 = icmp eq i32 %9, -1
  br i1 %10, label %132, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 112
  %13 = load ptr, ptr %12, align 8, !tbaa !44
  %14 = getelementptr inbounds i8, ptr %0, i64 80
  %15 = load i32, ptr %14, align 8, !tbaa !37
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %1, i64 4
  %18 = getelementptr inbounds i8, ptr %0, i64 104
  %19 = load ptr, ptr %18, align 8, !tbaa !43
  %20 = icmp eq i32 %15, 0
  %21 = icmp eq i32 %3, 0
  br label %22

22:                                               ; preds = %11, %61
  %23 = phi i32 [ %9, %11 ], [ %75, %61 ]
  %24 = phi ptr [ %8, %11 ], [ %74, %61 ]
  %25 = phi i32 [ -1, %11 ], [ %23, %61 ]
  %26 = phi ptr [ %8, %11 ], [ %24, %61 ]
  %27 = zext i32 %23 to i64
  %28 = mul nuw i64 %16, %27
  %29 = getelementptr inbounds i8, ptr %13, i64 %28
  %30 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %27, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !46
  %32 = tail call i32 @llvm.umin.i32(i32 %31, i32 %3)
  br i1 %20, label %58, label %33

33:                                               ; preds = %22, %49
  %34 = phi i64 [ %50, %49 ], [ 0, %22 ]
  %35 = phi i32 [ %47, %49 ], [ 0, %22 ]
  %36 = getelementptr inbounds i8, ptr %29, i64 %34
  %37 = load i8, ptr %36, align 1, !tbaa !48
  %38 = getelementptr inbounds i8, ptr %17, i64 %34
  %39 = load i8, ptr %38, align 1, !tbaa !48
  %40 = xor i8 %39, %37
  %41 = zext i8 %40 to i32
  %42 = icmp ne i8 %37, %39
  %43 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %41, i1 true)
  %44 = or disjoint i32 %43, -32
  %45 = select i1 %42, i32 %44, i32 0
  %46 = add i32 %35, 8
  %47 = add i32 %46, %45
  %48 = icmp ult i32 %47, %32
  br i1 %48, label %49, label %53

49:                                               ; preds = %33
  %50 = add nuw nsw i64 %34, 1
  %51 = icmp eq i64 %50, %16
  %52 = select i1 %42, i1 true, i1 %51
  br i1 %52, label %53, label %33, !llvm.loop !49

53:                                               ; preds = %33, %49
  %54 = phi i32 [ %32, %33 ], [ %47, %49 ]
  %55 = icmp ne i32 %31, %54
  %56 = icmp eq i32 %31, %3
  %57 = or i1 %55, %56
  br i1 %57, label %77, label %61

58:                                               ; preds = %22
  %59 = icmp ne i32 %31, 0
  %60 = or i1 %21, %59
  br i1 %60, label %77, label %61

61:                                               ; preds = %58, %53
  %62 = phi i32 [ 0, %58 ], [ %31, %53 ]
  %63 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %27
  %64 = lshr i32 %62, 3
  %65 = zext nneg i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr %17, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !48
  %68 = zext i8 %67 to i32
  %69 = and i32 %62, 7
  %70 = xor i32 %69, 7
  %71 = lshr i32 %68, %70
  %72 = and i32 %71, 1
  %73 = zext nneg i32 %72 to i64
  %74 = getelementptr inbounds [2 x i32], ptr %63, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !45
  %76 = icmp eq i32 %75, -1
  br i1 %76, label %132, label %22, !llvm.loop !59

77:                                               ; preds = %58, %53
  %78 = phi i32 [ %54, %53 ], [ 0, %58 ]
  %79 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %27
  %80 = icmp eq i32 %31, %3
  %81 = icmp eq i32 %31, %78
  %82 = and i1 %80, %81
  br i1 %82, label %83, label %132

83:                                               ; preds = %77
  %84 = getelementptr inbounds i8, ptr %79, i64 12
  %85 = load i32, ptr %84, align 4, !tbaa !52
  %86 = and i32 %85, 1
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %88, label %132

88:                                               ; preds = %83
  %89 = getelementptr inbounds i8, ptr %0, i64 72
  %90 = load i32, ptr %89, align 8, !tbaa !32
  %91 = add i32 %90, -1
  store i32 %91, ptr %89, align 8, !tbaa !32
  %92 = load i32, ptr %79, align 4, !tbaa !45
  %93 = icmp eq i32 %92, -1
  br i1 %93, label %100, label %94

94:                                               ; preds = %88
  %95 = getelementptr inbounds i8, ptr %79, i64 4
  %96 = load i32, ptr %95, align 4, !tbaa !45
  %97 = icmp eq i32 %96, -1
  br i1 %97, label %100, label %98

98:                                               ; preds = %94
  %99 = or disjoint i32 %85, 1
  store i32 %99, ptr %84, align 4, !tbaa !52
  br label %132

100:                                              ; preds = %94, %88
  %101 = icmp eq i32 %25, -1
  br i1 %101, label %124, label %102

102:                                              ; preds = %100
  %103 = zext i32 %25 to i64
  %104 = getelementptr inbounds %struct.pb_lpm_node, ptr %19, i64 %103
  %105 = getelementptr inbounds i8, ptr %104, i64 12
  %106 = load i32, ptr %105, align 4, !tbaa !52
  %107 = and i32 %106, 1
  %108 = icmp eq i32 %107, 0
  br i1 %108, label %124, label %109

109:                                              ; preds = %102
  br i1 %93, label %110, label %128

110:                                              ; preds = %109
  %111 = getelementptr inbounds i8, ptr %79, i64 4
  %112 = load i32, ptr %111, align 4, !tbaa !45
  %113 = icmp eq i32 %112, -1
  br i1 %113, label %114, label %128

114:                                              ; preds = %110
  %115 = load i32, ptr %104, align 4, !tbaa !45
  %116 = icmp eq i32 %23, %115
  br i1 %116, label %117, label %120

117:                                              ; preds = %114
  %118 = getelementptr inbounds i8, ptr %104, i64 4
  %119 = load i32, ptr %118, align 4, !tbaa !45
  br label %120

120:                                              ; preds = %114, %117
  %121 = phi i32 [ %119, %117 ], [ %115, %114 ]
  store i32 %121, ptr %26, align 4, !tbaa !45
  %122 = getelementptr inbounds i8, ptr %0, i64 96
  %123 = load i32, ptr %122, align 8, !tbaa !41
  store i32 %123, ptr %104, align 4, !tbaa !45
  store i32 %25, ptr %79, align 4, !tbaa !45
  store i32 %23, ptr %122, align 8, !tbaa !41
  br label %132

124:                                              ; preds = %102, %100
  br i1 %93, label %125, label %128

125:                                              ; preds = %124
  %126 = getelementptr inbounds i8, ptr %79, i64 4
  %127 = load i32, ptr %126, align 4, !tbaa !45
  br label %128

128:                                              ; preds = %125, %110, %124, %109
  %129 = phi i32 [ %92, %109 ], [ %92, %124 ], [ %112, %110 ], [ %127, %125 ]
  store i32 %129, ptr %24, align 4, !tbaa !45
  %130 = getelementptr inbounds i8, ptr %0, i64 96
  %131 = load i32, ptr %130, align 8, !tbaa !41
  store i32 %131, ptr %79, align 4, !tbaa !45
  store i32 %23, ptr %130, align 8, !tbaa !41
  br label %132

132:                                              ; preds = %61, %7, %98, %120, %128, %77, %83, %2
  %133 = phi i64 [ -22, %2 ], [ -2, %83 ], [ -2, %77 ], [ 0, %128 ], [ 0, %120 ], [ 0, %98 ], [ -2, %7 ], [ -2, %61 ]
  ret i64 %133
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local i64 @pb_lpm_get_next_key(ptr nocapture noundef readonly %0, ptr noundef readonly %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #4 {
  %4 = alloca [2049 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 8196, ptr nonnull %4) #11
  %5 = getelementptr inbounds i8, ptr %0, i64 88
  %6 = load i32, ptr %5, align 8, !tbaa !39
  %7 = icmp eq i32 %6, -1
  br i1 %7, label %211, label %8

8:                                                ; preds = %3
  %9 = icmp eq ptr %1, null
  br i1 %9, label %153, label %10

10:                                               ; preds = %8
  %11 = load i32, ptr %1, align 1
  %12 = getelementptr inbounds i8, ptr %0, i64 84
  %13 = load i32, ptr %12, align 4, !tbaa !38
  %14 = icmp ugt i32 %11, %13
  br i1 %14, label %153, label %15

15:                                               ; preds = %10
  %16 = getelementptr inbounds i8, ptr %0, i64 112
  %17 = load ptr, ptr %16, align 8, !tbaa !44
  %18 = getelementptr inbounds i8, ptr %0, i64 80
  %19 = load i32, ptr %18, align 8, !tbaa !37
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds i8, ptr %1, i64 4
  %22 = getelementptr inbounds i8, ptr %0, i64 104
  %23 = load ptr, ptr %22, align 8, !tbaa !43
  %24 = icmp eq i32 %19, 0
  br label %25

25:                                               ; preds = %15, %61
  %26 = phi i64 [ -1, %15 ], [ %28, %61 ]
  %27 = phi i32 [ %6, %15 ], [ %74, %61 ]
  %28 = add nsw i64 %26, 1
  %29 = getelementptr inbounds [2049 x i32], ptr %4, i64 0, i64 %28
  store i32 %27, ptr %29, align 4, !tbaa !45
  %30 = zext i32 %27 to i64
  %31 = mul nuw i64 %20, %30
  %32 = getelementptr inbounds i8, ptr %17, i64 %31
  %33 = getelementptr inbounds %struct.pb_lpm_node, ptr %23, i64 %30, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !46
  %35 = tail call i32 @llvm.umin.i32(i32 %34, i32 %11)
  br i1 %24, label %56, label %36

36:                                               ; preds = %25, %52
  %37 = phi i64 [ %53, %52 ], [ 0, %25 ]
  %38 = phi i32 [ %50, %52 ], [ 0, %25 ]
  %39 = getelementptr inbounds i8, ptr %32, i64 %37
  %40 = load i8, ptr %39, align 1, !tbaa !48
  %41 = getelementptr inbounds i8, ptr %21, i64 %37
  %42 = load i8, ptr %41, align 1, !tbaa !48
  %43 = xor i8 %42, %40
  %44 = zext i8 %43 to i32
  %45 = icmp ne i8 %40, %42
  %46 = tail call range(i32 0, 33) i32 @llvm.ctlz.i32(i32 %44, i1 true)
  %47 = or disjoint i32 %46, -32
  %48 = select i1 %45, i32 %47, i32 0
  %49 = add i32 %38, 8
  %50 = add i32 %49, %48
  %51 = icmp ult i32 %50, %35
  br i1 %51, label %52, label %56

52:                                               ; preds = %36
  %53 = add nuw nsw i64 %37, 1
  %54 = icmp eq i64 %53, %20
  %55 = select i1 %45, i1 true, i1 %54
  br i1 %55, label %56, label %36, !llvm.loop !49

56:                                               ; preds = %36, %52, %25
  %57 = phi i32 [ 0, %25 ], [ %50, %52 ], [ %35, %36 ]
  %58 = icmp ne i32 %34, %57
  %59 = icmp eq i32 %34, %11
  %60 = or i1 %59, %58
  br i1 %60, label %78, label %61

61:                                               ; preds = %56
  %62 = getelementptr inbounds %struct.pb_lpm_node, ptr %23, i64 %30
  %63 = lshr i32 %34, 3
  %64 = zext nneg i32 %63 to i64
  %65 = getelementptr inbounds i8, ptr %21, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !48
  %67 = zext i8 %66 to i32
  %68 = and i32 %34, 7
  %69 = xor i32 %68, 7
  %70 = lshr i32 %67, %69
  %71 = and i32 %70, 1
  %72 = zext nneg i32 %71 to i64
  %73 = getelementptr inbounds [2 x i32], ptr %62, i64 0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !45
  %75 = icmp ne i32 %74, -1
  %76 = icmp slt i64 %26, 2047
  %77 = and i1 %76, %75
  br i1 %77, label %25, label %78, !llvm.loop !60

78:                                               ; preds = %61, %56
  %79 = phi i32 [ %57, %56 ], [ %34, %61 ]
  %80 = phi i32 [ %27, %56 ], [ %74, %61 ]
  %81 = icmp eq i32 %80, -1
  br i1 %81, label %153, label %82

82:                                               ; preds = %78
  %83 = getelementptr inbounds i8, ptr %0, i64 104
  %84 = load ptr, ptr %83, align 8, !tbaa !43
  %85 = zext i32 %80 to i64
  %86 = getelementptr inbounds %struct.pb_lpm_node, ptr %84, i64 %85
  %87 = getelementptr inbounds i8, ptr %86, i64 8
  %88 = load i32, ptr %87, align 4, !tbaa !46
  %89 = icmp eq i32 %88, %79
  br i1 %89, label %90, label %153

90:                                               ; preds = %82
  %91 = getelementptr inbounds i8, ptr %86, i64 12
  %92 = load i32, ptr %91, align 4, !tbaa !52
  %93 = and i32 %92, 1
  %94 = icmp eq i32 %93, 0
  br i1 %94, label %95, label %153

95:                                               ; preds = %90
  %96 = shl i64 %28, 32
  %97 = ashr exact i64 %96, 32
  %98 = getelementptr inbounds [2049 x i32], ptr %4, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !45
  %100 = and i64 %28, 4294967295
  br label %101

101:                                              ; preds = %118, %95
  %102 = phi i64 [ %107, %118 ], [ %100, %95 ]
  %103 = phi i32 [ %109, %118 ], [ %99, %95 ]
  %104 = trunc nuw i64 %102 to i32
  %105 = icmp sgt i32 %104, 0
  br i1 %105, label %106, label %211

106:                                              ; preds = %101
  %107 = add nsw i64 %102, -1
  %108 = getelementptr inbounds [2049 x i32], ptr %4, i64 0, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !45
  %110 = zext i32 %109 to i64
  %111 = getelementptr inbounds %struct.pb_lpm_node, ptr %84, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !45
  %113 = icmp eq i32 %112, %103
  br i1 %113, label %114, label %118

114:                                              ; preds = %106
  %115 = getelementptr inbounds i8, ptr %111, i64 4
  %116 = load i32, ptr %115, align 4, !tbaa !45
  %117 = icmp eq i32 %116, -1
  br i1 %117, label %118, label %153

118:                                              ; preds = %114, %106
  %119 = getelementptr inbounds %struct.pb_lpm_node, ptr %84, i64 %110, i32 2
  %120 = load i32, ptr %119, align 4, !tbaa !52
  %121 = and i32 %120, 1
  %122 = icmp eq i32 %121, 0
  br i1 %122, label %123, label %101

123:                                              ; preds = %118
  %124 = getelementptr inbounds %struct.pb_lpm_node, ptr %84, i64 %110, i32 1
  %125 = load i32, ptr %124, align 4, !tbaa !46
  store i32 %125, ptr %2, align 1
  %126 = getelementptr inbounds i8, ptr %2, i64 4
  %127 = getelementptr inbounds i8, ptr %0, i64 112
  %128 = load ptr, ptr %127, align 8, !tbaa !44
  %129 = getelementptr inbounds i8, ptr %0, i64 80
  %130 = load i32, ptr %129, align 8, !tbaa !37
  %131 = zext i32 %130 to i64
  %132 = mul nuw i64 %131, %110
  %133 = getelementptr inbounds i8, ptr %128, i64 %132
  %134 = icmp ult i32 %130, 8
  br i1 %134, label %135, label %138

135:                                              ; preds = %138, %123
  %136 = phi i64 [ 0, %123 ], [ %139, %138 ]
  %137 = icmp ult i64 %136, %131
  br i1 %137, label %146, label %211

138:                                              ; preds = %123, %138
  %139 = phi i64 [ %144, %138 ], [ 8, %123 ]
  %140 = phi i64 [ %139, %138 ], [ 0, %123 ]
  %141 = getelementptr inbounds i8, ptr %126, i64 %140
  %142 = getelementptr inbounds i8, ptr %133, i64 %140
  %143 = load i64, ptr %142, align 1
  store i64 %143, ptr %141, align 1
  %144 = add nuw nsw i64 %139, 8
  %145 = icmp ugt i64 %144, %131
  br i1 %145, label %135, label %138, !llvm.loop !54

146:                                              ; preds = %135, %146
  %147 = phi i64 [ %151, %146 ], [ %136, %135 ]
  %148 = getelementptr inbounds i8, ptr %133, i64 %147
  %149 = load i8, ptr %148, align 1, !tbaa !48
  %150 = getelementptr inbounds i8, ptr %126, i64 %147
  store i8 %149, ptr %150, align 1, !tbaa !48
  %151 = add nuw nsw i64 %147, 1
  %152 = icmp eq i64 %151, %131
  br i1 %152, label %211, label %146, !llvm.loop !55

153:                                              ; preds = %114, %90, %82, %78, %8, %10
  %154 = phi i32 [ %6, %8 ], [ %6, %10 ], [ %6, %78 ], [ %6, %82 ], [ %6, %90 ], [ %116, %114 ]
  %155 = getelementptr inbounds i8, ptr %0, i64 104
  %156 = load ptr, ptr %155, align 8, !tbaa !43
  br label %157

157:                                              ; preds = %153, %172
  %158 = phi i32 [ -1, %153 ], [ %174, %172 ]
  %159 = phi i32 [ %154, %153 ], [ %173, %172 ]
  %160 = zext i32 %159 to i64
  %161 = getelementptr inbounds %struct.pb_lpm_node, ptr %156, i64 %160
  %162 = getelementptr inbounds i8, ptr %161, i64 12
  %163 = load i32, ptr %162, align 4, !tbaa !52
  %164 = and i32 %163, 1
  %165 = icmp eq i32 %164, 0
  %166 = load i32, ptr %161, align 4, !tbaa !45
  br i1 %165, label %167, label %172

167:                                              ; preds = %157
  %168 = icmp eq i32 %166, -1
  br i1 %168, label %169, label %172

169:                                              ; preds = %167
  %170 = getelementptr inbounds i8, ptr %161, i64 4
  %171 = load i32, ptr %170, align 4, !tbaa !45
  br label %172

172:                                              ; preds = %157, %167, %169
  %173 = phi i32 [ %171, %169 ], [ %166, %167 ], [ %166, %157 ]
  %174 = phi i32 [ %159, %169 ], [ %159, %167 ], [ %158, %157 ]
  %175 = icmp eq i32 %173, -1
  br i1 %175, label %176, label %157, !llvm.loop !61

176:                                              ; preds = %172
  %177 = icmp eq i32 %174, -1
  br i1 %177, label %211, label %178

178:                                              ; preds = %176
  %179 = getelementptr inbounds i8, ptr %0, i64 104
  %180 = load ptr, ptr %179, align 8, !tbaa !43
  %181 = zext i32 %174 to i64
  %182 = getelementptr inbounds %struct.pb_lpm_node, ptr %180, i64 %181, i32 1
  %183 = load i32, ptr %182, align 4, !tbaa !46
  store i32 %183, ptr %2, align 1
  %184 = getelementptr inbounds i8, ptr %2, i64 4
  %185 = getelementptr inbounds i8, ptr %0, i64 112
  %186 = load ptr, ptr %185, align 8, !tbaa !44
  %187 = getelementptr inbounds i8, ptr %0, i64 80
  %188 = load i32, ptr %187, align 8, !tbaa !37
  %189 = zext i32 %188 to i64
  %190 = mul nuw i64 %189, %181
  %191 = getelementptr inbounds i8, ptr %186, i64 %190
  %192 = icmp ult i32 %188, 8
  br i1 %192, label %193, label %196

193:                                              ; preds = %196, %178
  %194 = phi i64 [ 0, %178 ], [ %197, %196 ]
  %195 = icmp ult i64 %194, %189
  br i1 %195, label %204, label %211

196:                                              ; preds = %178, %196
  %197 = phi i64 [ %202, %196 ], [ 8, %178 ]
  %198 = phi i64 [ %197, %196 ], [ 0, %178 ]
  %199 = getelementptr inbounds i8, ptr %184, i64 %198
  %200 = getelementptr inbounds i8, ptr %191, i64 %198
  %201 = load i64, ptr %200, align 1
  store i64 %201, ptr %199, align 1
  %202 = add nuw nsw i64 %197, 8
  %203 = icmp ugt i64 %202, %189
  br i1 %203, label %193, label %196, !llvm.loop !54

204:                                              ; preds = %193, %204
  %205 = phi i64 [ %209, %204 ], [ %194, %193 ]
  %206 = getelementptr inbounds i8, ptr %191, i64 %205
  %207 = load i8, ptr %206, align 1, !tbaa !48
  %208 = getelementptr inbounds i8, ptr %184, i64 %205
  store i8 %207, ptr %208, align 1, !tbaa !48
  %209 = add nuw nsw i64 %205, 1
  %210 = icmp eq i64 %209, %189
  br i1 %210, label %211, label %204, !llvm.loop !55

211:                                              ; preds = %101, %146, %204, %135, %193, %176, %3
  %212 = phi i64 [ -2, %3 ], [ -2, %176 ], [ 0, %193 ], [ 0, %135 ], [ 0, %204 ], [ 0, %146 ], [ -2, %101 ]
  call void @llvm.lifetime.end.p0(i64 8196, ptr nonnull %4) #11
  ret i64 %212
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctlz.i32(i32, i1 immarg) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #9

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { inlinehint nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nobuiltin "no-builtins" }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 4}
!4 = !{!"pb_params", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !8, i64 40, !5, i64 48, !5, i64 52}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!4, !5, i64 12}
!10 = !{!4, !5, i64 8}
!11 = !{!12, !5, i64 0}
!12 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !13, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!13 = !{!"any pointer", !6, i64 0}
!14 = !{!4, !5, i64 0}
!15 = !{!12, !5, i64 4}
!16 = !{!12, !5, i64 8}
!17 = !{!12, !5, i64 12}
!18 = !{!12, !5, i64 16}
!19 = !{!4, !5, i64 16}
!20 = !{!12, !5, i64 20}
!21 = !{!4, !5, i64 20}
!22 = !{!12, !5, i64 24}
!23 = !{!4, !5, i64 24}
!24 = !{!12, !5, i64 28}
!25 = !{!12, !5, i64 32}
!26 = !{!4, !5, i64 32}
!27 = !{!12, !5, i64 36}
!28 = !{!12, !5, i64 40}
!29 = !{!12, !5, i64 44}
!30 = !{!4, !8, i64 40}
!31 = !{!12, !8, i64 48}
!32 = !{!12, !5, i64 72}
!33 = !{!34, !5, i64 76}
!34 = !{!"pb_lpm", !12, i64 0, !5, i64 80, !5, i64 84, !5, i64 88, !5, i64 92, !5, i64 96, !5, i64 100, !13, i64 104, !13, i64 112}
!35 = !{!34, !13, i64 56}
!36 = !{!34, !8, i64 64}
!37 = !{!34, !5, i64 80}
!38 = !{!34, !5, i64 84}
!39 = !{!34, !5, i64 88}
!40 = !{!34, !5, i64 92}
!41 = !{!34, !5, i64 96}
!42 = !{!34, !5, i64 100}
!43 = !{!34, !13, i64 104}
!44 = !{!34, !13, i64 112}
!45 = !{!5, !5, i64 0}
!46 = !{!47, !5, i64 8}
!47 = !{!"pb_lpm_node", !6, i64 0, !5, i64 8, !5, i64 12}
!48 = !{!6, !6, i64 0}
!49 = distinct !{!49, !50, !51}
!50 = !{!"llvm.loop.mustprogress"}
!51 = !{!"llvm.loop.unroll.disable"}
!52 = !{!47, !5, i64 12}
!53 = distinct !{!53, !50, !51}
!54 = distinct !{!54, !50, !51}
!55 = distinct !{!55, !50, !51}
!56 = distinct !{!56, !50, !51}
!57 = !{!34, !5, i64 72}
!58 = !{!34, !5, i64 16}
!59 = distinct !{!59, !50, !51}
!60 = distinct !{!60, !50, !51}
!61 = distinct !{!61, !50, !51}
