; ModuleID = 'ringbuf.c'
source_filename = "ringbuf.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i64 0, 21474836476) i64 @pb_ringbuf_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 36
  %3 = load i32, ptr %2, align 4, !tbaa !3
  %4 = zext i32 %3 to i64
  %5 = mul nuw nsw i64 %4, 3
  %6 = getelementptr inbounds i8, ptr %0, i64 12
  %7 = load i32, ptr %6, align 4, !tbaa !9
  %8 = zext i32 %7 to i64
  %9 = shl nuw nsw i64 %8, 1
  %10 = add nuw nsw i64 %9, %5
  ret i64 %10
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local noundef ptr @pb_ringbuf_init(ptr noundef returned %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  store i32 1346522448, ptr %0, align 8, !tbaa !10
  %3 = load i32, ptr %1, align 8, !tbaa !13
  %4 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %3, ptr %4, align 4, !tbaa !14
  %5 = getelementptr inbounds i8, ptr %1, i64 4
  %6 = load i32, ptr %5, align 4, !tbaa !15
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %6, ptr %7, align 8, !tbaa !16
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i32, ptr %8, align 8, !tbaa !17
  %10 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %9, ptr %10, align 4, !tbaa !18
  %11 = getelementptr inbounds i8, ptr %1, i64 12
  %12 = load i32, ptr %11, align 4, !tbaa !9
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %12, ptr %13, align 8, !tbaa !19
  %14 = getelementptr inbounds i8, ptr %1, i64 16
  %15 = load i32, ptr %14, align 8, !tbaa !20
  %16 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %15, ptr %16, align 4, !tbaa !21
  %17 = getelementptr inbounds i8, ptr %1, i64 20
  %18 = load i32, ptr %17, align 4, !tbaa !22
  %19 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %18, ptr %19, align 8, !tbaa !23
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  %21 = load i32, ptr %20, align 8, !tbaa !24
  %22 = tail call i32 @llvm.umax.i32(i32 %21, i32 1)
  %23 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %22, ptr %23, align 4, !tbaa !25
  %24 = getelementptr inbounds i8, ptr %0, i64 32
  %25 = getelementptr inbounds i8, ptr %1, i64 32
  %26 = load i32, ptr %25, align 8, !tbaa !26
  %27 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %26, ptr %27, align 4, !tbaa !27
  %28 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %28, align 8, !tbaa !28
  %29 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 6, ptr %29, align 4, !tbaa !29
  %30 = getelementptr inbounds i8, ptr %1, i64 40
  %31 = load i64, ptr %30, align 8, !tbaa !30
  %32 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %31, ptr %32, align 8, !tbaa !31
  %33 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 0, ptr %33, align 8, !tbaa !32
  %34 = zext i32 %12 to i64
  %35 = add nsw i64 %34, -1
  %36 = getelementptr inbounds i8, ptr %0, i64 80
  store i64 %35, ptr %36, align 8, !tbaa !33
  %37 = getelementptr inbounds i8, ptr %1, i64 36
  %38 = load i32, ptr %37, align 4, !tbaa !3
  %39 = getelementptr inbounds i8, ptr %0, i64 88
  store i32 %38, ptr %39, align 8, !tbaa !35
  %40 = tail call range(i32 0, 33) i32 @llvm.cttz.i32(i32 %38, i1 true)
  %41 = getelementptr inbounds i8, ptr %0, i64 92
  store i32 %40, ptr %41, align 4, !tbaa !36
  %42 = getelementptr inbounds i8, ptr %0, i64 96
  store i64 0, ptr %42, align 8, !tbaa !37
  %43 = zext i32 %38 to i64
  %44 = mul nuw nsw i64 %43, 3
  %45 = getelementptr inbounds i8, ptr %0, i64 %44
  %46 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %45, ptr %46, align 8, !tbaa !38
  %47 = shl nuw nsw i64 %34, 1
  %48 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %47, ptr %48, align 8, !tbaa !39
  store i32 0, ptr %24, align 8, !tbaa !40
  %49 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 0, ptr %49, align 4, !tbaa !41
  %50 = getelementptr inbounds i8, ptr %0, i64 %43
  store i64 0, ptr %50, align 8, !tbaa !42
  %51 = shl nuw nsw i64 %43, 1
  %52 = getelementptr inbounds i8, ptr %0, i64 %51
  store i64 0, ptr %52, align 8, !tbaa !42
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store i64 0, ptr %53, align 8, !tbaa !42
  ret ptr %0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.cttz.i32(i32, i1 immarg) #2

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite)
define dso_local ptr @pb_ringbuf_reserve(ptr noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #3 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %5, label %11

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 44
  %7 = load i32, ptr %6, align 4, !tbaa !29
  %8 = icmp eq i32 %7, 6
  br i1 %8, label %9, label %11

9:                                                ; preds = %5
  %10 = tail call fastcc ptr @reserve(ptr noundef nonnull %0, i64 noundef %1) #8
  br label %11

11:                                               ; preds = %3, %5, %9
  %12 = phi ptr [ %10, %9 ], [ null, %5 ], [ null, %3 ]
  ret ptr %12
}

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite)
define internal fastcc ptr @reserve(ptr noundef %0, i64 noundef %1) unnamed_addr #3 {
  %3 = icmp ugt i64 %1, 1073741823
  br i1 %3, label %92, label %4

4:                                                ; preds = %2
  %5 = add nuw nsw i64 %1, 15
  %6 = and i64 %5, 2147483640
  %7 = getelementptr inbounds i8, ptr %0, i64 80
  %8 = load i64, ptr %7, align 8, !tbaa !33
  %9 = add i64 %8, 1
  %10 = icmp ugt i64 %6, %9
  br i1 %10, label %92, label %11

11:                                               ; preds = %4
  %12 = getelementptr inbounds i8, ptr %0, i64 88
  %13 = load i32, ptr %12, align 8, !tbaa !35
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %0, i64 %14
  %16 = load atomic i64, ptr %15 acquire, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 40
  br label %18

18:                                               ; preds = %25, %11
  %19 = phi i32 [ 0, %11 ], [ %26, %25 ]
  %20 = load atomic i32, ptr %17 monotonic, align 4
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %25

22:                                               ; preds = %18
  %23 = atomicrmw xchg ptr %17, i32 1 acquire, align 4
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %22, %18
  %26 = add nuw nsw i32 %19, 1
  %27 = icmp eq i32 %26, 67108864
  br i1 %27, label %92, label %18, !llvm.loop !43

28:                                               ; preds = %22
  %29 = load i32, ptr %12, align 8, !tbaa !35
  %30 = zext i32 %29 to i64
  %31 = shl nuw nsw i64 %30, 1
  %32 = getelementptr inbounds i8, ptr %0, i64 %31
  %33 = getelementptr inbounds i8, ptr %32, i64 8
  %34 = load i64, ptr %33, align 8, !tbaa !42
  %35 = load i64, ptr %32, align 8, !tbaa !42
  %36 = add i64 %35, %6
  %37 = icmp ult i64 %34, %35
  br i1 %37, label %38, label %61

38:                                               ; preds = %28, %49
  %39 = phi i64 [ %54, %49 ], [ %34, %28 ]
  %40 = load i32, ptr %12, align 8, !tbaa !35
  %41 = zext i32 %40 to i64
  %42 = mul nuw nsw i64 %41, 3
  %43 = getelementptr inbounds i8, ptr %0, i64 %42
  %44 = load i64, ptr %7, align 8, !tbaa !33
  %45 = and i64 %44, %39
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load atomic i32, ptr %46 acquire, align 4
  %48 = icmp sgt i32 %47, -1
  br i1 %48, label %49, label %56

49:                                               ; preds = %38
  %50 = and i32 %47, 1073741823
  %51 = add nuw nsw i32 %50, 15
  %52 = and i32 %51, 2147483640
  %53 = zext nneg i32 %52 to i64
  %54 = add i64 %39, %53
  %55 = icmp ult i64 %54, %35
  br i1 %55, label %38, label %56

56:                                               ; preds = %38, %49
  %57 = phi i64 [ %54, %49 ], [ %39, %38 ]
  %58 = load i32, ptr %12, align 8, !tbaa !35
  %59 = zext i32 %58 to i64
  %60 = shl nuw nsw i64 %59, 1
  br label %61

61:                                               ; preds = %56, %28
  %62 = phi i64 [ %60, %56 ], [ %31, %28 ]
  %63 = phi i64 [ %59, %56 ], [ %30, %28 ]
  %64 = phi i64 [ %57, %56 ], [ %34, %28 ]
  %65 = getelementptr inbounds i8, ptr %0, i64 %62
  %66 = getelementptr inbounds i8, ptr %65, i64 8
  store i64 %64, ptr %66, align 8, !tbaa !42
  %67 = sub i64 %36, %16
  %68 = load i64, ptr %7, align 8, !tbaa !33
  %69 = icmp ugt i64 %67, %68
  %70 = sub i64 %36, %64
  %71 = icmp ugt i64 %70, %68
  %72 = or i1 %69, %71
  br i1 %72, label %73, label %74

73:                                               ; preds = %61
  store atomic i32 0, ptr %17 release, align 4
  br label %92

74:                                               ; preds = %61
  %75 = mul nuw nsw i64 %63, 3
  %76 = getelementptr inbounds i8, ptr %0, i64 %75
  %77 = and i64 %68, %35
  %78 = getelementptr inbounds i8, ptr %76, i64 %77
  %79 = getelementptr inbounds i8, ptr %78, i64 4
  %80 = ptrtoint ptr %78 to i64
  %81 = ptrtoint ptr %0 to i64
  %82 = sub i64 %80, %81
  %83 = lshr i64 %82, 12
  %84 = trunc i64 %83 to i32
  store i32 %84, ptr %79, align 1
  %85 = trunc nuw nsw i64 %1 to i32
  %86 = or disjoint i32 %85, -2147483648
  store atomic i32 %86, ptr %78 monotonic, align 4
  %87 = load i32, ptr %12, align 8, !tbaa !35
  %88 = zext i32 %87 to i64
  %89 = shl nuw nsw i64 %88, 1
  %90 = getelementptr inbounds i8, ptr %0, i64 %89
  store atomic i64 %36, ptr %90 release, align 8
  store atomic i32 0, ptr %17 release, align 4
  %91 = getelementptr inbounds i8, ptr %78, i64 8
  br label %92

92:                                               ; preds = %25, %4, %2, %74, %73
  %93 = phi ptr [ null, %73 ], [ %91, %74 ], [ null, %2 ], [ null, %4 ], [ null, %25 ]
  ret ptr %93
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none)
define dso_local void @pb_ringbuf_submit(ptr noundef %0, i64 noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds i8, ptr %0, i64 -8
  %4 = ptrtoint ptr %3 to i64
  %5 = and i64 %4, -4096
  %6 = getelementptr inbounds i8, ptr %0, i64 -4
  %7 = load i32, ptr %6, align 1
  %8 = zext i32 %7 to i64
  %9 = shl nuw nsw i64 %8, 12
  %10 = sub i64 %5, %9
  %11 = inttoptr i64 %10 to ptr
  %12 = load i32, ptr %11, align 4096, !tbaa !46
  %13 = icmp eq i32 %12, 1346522448
  br i1 %13, label %14, label %45

14:                                               ; preds = %2
  %15 = getelementptr inbounds i8, ptr %11, i64 44
  %16 = load i32, ptr %15, align 4, !tbaa !47
  %17 = icmp eq i32 %16, 6
  br i1 %17, label %18, label %45

18:                                               ; preds = %14
  %19 = load atomic i32, ptr %3 acquire, align 4
  %20 = xor i32 %19, -2147483648
  %21 = atomicrmw xchg ptr %3, i32 %20 seq_cst, align 4
  %22 = getelementptr inbounds i8, ptr %11, i64 88
  %23 = load i32, ptr %22, align 8, !tbaa !35
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %11, i64 %24
  %26 = load atomic i64, ptr %25 acquire, align 8
  %27 = and i64 %1, 2
  %28 = icmp eq i64 %27, 0
  br i1 %28, label %29, label %41

29:                                               ; preds = %18
  %30 = mul nuw nsw i64 %24, 3
  %31 = getelementptr inbounds i8, ptr %11, i64 %30
  %32 = getelementptr inbounds i8, ptr %11, i64 80
  %33 = load i64, ptr %32, align 16, !tbaa !33
  %34 = and i64 %33, %26
  %35 = ptrtoint ptr %31 to i64
  %36 = sub i64 %4, %35
  %37 = icmp eq i64 %34, %36
  %38 = and i64 %1, 1
  %39 = icmp eq i64 %38, 0
  %40 = and i1 %39, %37
  br i1 %40, label %41, label %45

41:                                               ; preds = %29, %18
  %42 = getelementptr inbounds i8, ptr %11, i64 96
  %43 = load i64, ptr %42, align 32, !tbaa !37
  %44 = add i64 %43, 1
  store i64 %44, ptr %42, align 32, !tbaa !37
  br label %45

45:                                               ; preds = %2, %14, %29, %41
  ret void
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none)
define internal fastcc void @commit(ptr noundef %0, i64 noundef %1, i32 noundef %2) unnamed_addr #4 {
  %4 = getelementptr inbounds i8, ptr %0, i64 -8
  %5 = ptrtoint ptr %4 to i64
  %6 = and i64 %5, -4096
  %7 = getelementptr inbounds i8, ptr %0, i64 -4
  %8 = load i32, ptr %7, align 1
  %9 = zext i32 %8 to i64
  %10 = shl nuw nsw i64 %9, 12
  %11 = sub i64 %6, %10
  %12 = inttoptr i64 %11 to ptr
  %13 = load i32, ptr %12, align 4096, !tbaa !46
  %14 = icmp eq i32 %13, 1346522448
  br i1 %14, label %15, label %49

15:                                               ; preds = %3
  %16 = getelementptr inbounds i8, ptr %12, i64 44
  %17 = load i32, ptr %16, align 4, !tbaa !47
  %18 = icmp eq i32 %17, 6
  br i1 %18, label %19, label %49

19:                                               ; preds = %15
  %20 = load atomic i32, ptr %4 acquire, align 4
  %21 = xor i32 %20, -2147483648
  %22 = icmp eq i32 %2, 0
  %23 = or i32 %21, 1073741824
  %24 = select i1 %22, i32 %21, i32 %23
  %25 = atomicrmw xchg ptr %4, i32 %24 seq_cst, align 4
  %26 = getelementptr inbounds i8, ptr %12, i64 88
  %27 = load i32, ptr %26, align 8, !tbaa !35
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %12, i64 %28
  %30 = load atomic i64, ptr %29 acquire, align 8
  %31 = and i64 %1, 2
  %32 = icmp eq i64 %31, 0
  br i1 %32, label %33, label %45

33:                                               ; preds = %19
  %34 = mul nuw nsw i64 %28, 3
  %35 = getelementptr inbounds i8, ptr %12, i64 %34
  %36 = getelementptr inbounds i8, ptr %12, i64 80
  %37 = load i64, ptr %36, align 16, !tbaa !33
  %38 = and i64 %37, %30
  %39 = ptrtoint ptr %35 to i64
  %40 = sub i64 %5, %39
  %41 = icmp eq i64 %38, %40
  %42 = and i64 %1, 1
  %43 = icmp eq i64 %42, 0
  %44 = and i1 %43, %41
  br i1 %44, label %45, label %49

45:                                               ; preds = %33, %19
  %46 = getelementptr inbounds i8, ptr %12, i64 96
  %47 = load i64, ptr %46, align 32, !tbaa !37
  %48 = add i64 %47, 1
  store i64 %48, ptr %46, align 32, !tbaa !37
  br label %49

49:                                               ; preds = %45, %15, %3, %33
  ret void
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none)
define dso_local void @pb_ringbuf_discard(ptr noundef %0, i64 noundef %1) local_unnamed_addr #4 {
  %3 = getelementptr inbounds i8, ptr %0, i64 -8
  %4 = ptrtoint ptr %3 to i64
  %5 = and i64 %4, -4096
  %6 = getelementptr inbounds i8, ptr %0, i64 -4
  %7 = load i32, ptr %6, align 1
  %8 = zext i32 %7 to i64
  %9 = shl nuw nsw i64 %8, 12
  %10 = sub i64 %5, %9
  %11 = inttoptr i64 %10 to ptr
  %12 = load i32, ptr %11, align 4096, !tbaa !46
  %13 = icmp eq i32 %12, 1346522448
  br i1 %13, label %14, label %46

14:                                               ; preds = %2
  %15 = getelementptr inbounds i8, ptr %11, i64 44
  %16 = load i32, ptr %15, align 4, !tbaa !47
  %17 = icmp eq i32 %16, 6
  br i1 %17, label %18, label %46

18:                                               ; preds = %14
  %19 = load atomic i32, ptr %3 acquire, align 4
  %20 = and i32 %19, -1073741825
  %21 = xor i32 %20, -1073741824
  %22 = atomicrmw xchg ptr %3, i32 %21 seq_cst, align 4
  %23 = getelementptr inbounds i8, ptr %11, i64 88
  %24 = load i32, ptr %23, align 8, !tbaa !35
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds i8, ptr %11, i64 %25
  %27 = load atomic i64, ptr %26 acquire, align 8
  %28 = and i64 %1, 2
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %42

30:                                               ; preds = %18
  %31 = mul nuw nsw i64 %25, 3
  %32 = getelementptr inbounds i8, ptr %11, i64 %31
  %33 = getelementptr inbounds i8, ptr %11, i64 80
  %34 = load i64, ptr %33, align 16, !tbaa !33
  %35 = and i64 %34, %27
  %36 = ptrtoint ptr %32 to i64
  %37 = sub i64 %4, %36
  %38 = icmp eq i64 %35, %37
  %39 = and i64 %1, 1
  %40 = icmp eq i64 %39, 0
  %41 = and i1 %40, %38
  br i1 %41, label %42, label %46

42:                                               ; preds = %30, %18
  %43 = getelementptr inbounds i8, ptr %11, i64 96
  %44 = load i64, ptr %43, align 32, !tbaa !37
  %45 = add i64 %44, 1
  store i64 %45, ptr %43, align 32, !tbaa !37
  br label %46

46:                                               ; preds = %2, %14, %30, %42
  ret void
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_ringbuf_output(ptr noundef %0, ptr nocapture noundef readonly %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #5 {
  %5 = icmp ult i64 %3, 4
  br i1 %5, label %6, label %74

6:                                                ; preds = %4
  %7 = getelementptr inbounds i8, ptr %0, i64 44
  %8 = load i32, ptr %7, align 4, !tbaa !29
  %9 = icmp eq i32 %8, 6
  br i1 %9, label %10, label %74

10:                                               ; preds = %6
  %11 = tail call fastcc ptr @reserve(ptr noundef nonnull %0, i64 noundef %2) #8
  %12 = icmp eq ptr %11, null
  br i1 %12, label %74, label %13

13:                                               ; preds = %10
  %14 = icmp ult i64 %2, 8
  br i1 %14, label %15, label %18

15:                                               ; preds = %18, %13
  %16 = phi i64 [ 0, %13 ], [ %19, %18 ]
  %17 = icmp ult i64 %16, %2
  br i1 %17, label %26, label %33

18:                                               ; preds = %13, %18
  %19 = phi i64 [ %24, %18 ], [ 8, %13 ]
  %20 = phi i64 [ %19, %18 ], [ 0, %13 ]
  %21 = getelementptr inbounds i8, ptr %11, i64 %20
  %22 = getelementptr inbounds i8, ptr %1, i64 %20
  %23 = load i64, ptr %22, align 1
  store i64 %23, ptr %21, align 1
  %24 = add nuw i64 %19, 8
  %25 = icmp ugt i64 %24, %2
  br i1 %25, label %15, label %18, !llvm.loop !48

26:                                               ; preds = %15, %26
  %27 = phi i64 [ %31, %26 ], [ %16, %15 ]
  %28 = getelementptr inbounds i8, ptr %1, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !49
  %30 = getelementptr inbounds i8, ptr %11, i64 %27
  store i8 %29, ptr %30, align 1, !tbaa !49
  %31 = add nuw i64 %27, 1
  %32 = icmp eq i64 %31, %2
  br i1 %32, label %33, label %26, !llvm.loop !50

33:                                               ; preds = %26, %15
  %34 = getelementptr inbounds i8, ptr %11, i64 -8
  %35 = ptrtoint ptr %34 to i64
  %36 = and i64 %35, -4096
  %37 = getelementptr inbounds i8, ptr %11, i64 -4
  %38 = load i32, ptr %37, align 1
  %39 = zext i32 %38 to i64
  %40 = shl nuw nsw i64 %39, 12
  %41 = sub i64 %36, %40
  %42 = inttoptr i64 %41 to ptr
  %43 = load i32, ptr %42, align 4096, !tbaa !46
  %44 = icmp eq i32 %43, 1346522448
  br i1 %44, label %45, label %74

45:                                               ; preds = %33
  %46 = getelementptr inbounds i8, ptr %42, i64 44
  %47 = load i32, ptr %46, align 4, !tbaa !47
  %48 = icmp eq i32 %47, 6
  br i1 %48, label %49, label %74

49:                                               ; preds = %45
  %50 = load atomic i32, ptr %34 acquire, align 4
  %51 = xor i32 %50, -2147483648
  %52 = atomicrmw xchg ptr %34, i32 %51 seq_cst, align 4
  %53 = getelementptr inbounds i8, ptr %42, i64 88
  %54 = load i32, ptr %53, align 8, !tbaa !35
  %55 = zext i32 %54 to i64
  %56 = getelementptr inbounds i8, ptr %42, i64 %55
  %57 = load atomic i64, ptr %56 acquire, align 8
  %58 = icmp ult i64 %3, 2
  br i1 %58, label %59, label %70

59:                                               ; preds = %49
  %60 = mul nuw nsw i64 %55, 3
  %61 = getelementptr inbounds i8, ptr %42, i64 %60
  %62 = getelementptr inbounds i8, ptr %42, i64 80
  %63 = load i64, ptr %62, align 16, !tbaa !33
  %64 = and i64 %63, %57
  %65 = ptrtoint ptr %61 to i64
  %66 = sub i64 %35, %65
  %67 = icmp eq i64 %64, %66
  %68 = icmp eq i64 %3, 0
  %69 = and i1 %68, %67
  br i1 %69, label %70, label %74

70:                                               ; preds = %59, %49
  %71 = getelementptr inbounds i8, ptr %42, i64 96
  %72 = load i64, ptr %71, align 32, !tbaa !37
  %73 = add i64 %72, 1
  store i64 %73, ptr %71, align 32, !tbaa !37
  br label %74

74:                                               ; preds = %70, %59, %45, %33, %10, %6, %4
  %75 = phi i64 [ -22, %4 ], [ -22, %6 ], [ -11, %10 ], [ 0, %33 ], [ 0, %45 ], [ 0, %59 ], [ 0, %70 ]
  ret i64 %75
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite)
define dso_local i64 @pb_ringbuf_query(ptr nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #6 {
  %3 = getelementptr inbounds i8, ptr %0, i64 44
  %4 = load i32, ptr %3, align 4, !tbaa !29
  %5 = icmp eq i32 %4, 6
  br i1 %5, label %6, label %36

6:                                                ; preds = %2
  switch i64 %1, label %36 [
    i64 0, label %7
    i64 1, label %19
    i64 2, label %23
    i64 3, label %29
  ]

7:                                                ; preds = %6
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load i32, ptr %8, align 8, !tbaa !35
  %10 = zext i32 %9 to i64
  %11 = shl nuw nsw i64 %10, 1
  %12 = getelementptr inbounds i8, ptr %0, i64 %11
  %13 = load atomic i64, ptr %12 acquire, align 8
  %14 = load i32, ptr %8, align 8, !tbaa !35
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds i8, ptr %0, i64 %15
  %17 = load atomic i64, ptr %16 acquire, align 8
  %18 = sub i64 %13, %17
  br label %36

19:                                               ; preds = %6
  %20 = getelementptr inbounds i8, ptr %0, i64 80
  %21 = load i64, ptr %20, align 8, !tbaa !33
  %22 = add i64 %21, 1
  br label %36

23:                                               ; preds = %6
  %24 = getelementptr inbounds i8, ptr %0, i64 88
  %25 = load i32, ptr %24, align 8, !tbaa !35
  %26 = zext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %0, i64 %26
  %28 = load atomic i64, ptr %27 acquire, align 8
  br label %36

29:                                               ; preds = %6
  %30 = getelementptr inbounds i8, ptr %0, i64 88
  %31 = load i32, ptr %30, align 8, !tbaa !35
  %32 = zext i32 %31 to i64
  %33 = shl nuw nsw i64 %32, 1
  %34 = getelementptr inbounds i8, ptr %0, i64 %33
  %35 = load atomic i64, ptr %34 acquire, align 8
  br label %36

36:                                               ; preds = %6, %2, %29, %23, %19, %7
  %37 = phi i64 [ %35, %29 ], [ %28, %23 ], [ %22, %19 ], [ %18, %7 ], [ 0, %2 ], [ 0, %6 ]
  ret i64 %37
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite)
define dso_local range(i64 -11, 3221225472) i64 @pb_ringbuf_peek_record(ptr noundef %0, ptr nocapture noundef writeonly %1) local_unnamed_addr #6 {
  %3 = getelementptr inbounds i8, ptr %0, i64 88
  %4 = load i32, ptr %3, align 8, !tbaa !35
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds i8, ptr %0, i64 %5
  %7 = load atomic i64, ptr %6 acquire, align 8
  %8 = load i32, ptr %3, align 8, !tbaa !35
  %9 = zext i32 %8 to i64
  %10 = shl nuw nsw i64 %9, 1
  %11 = getelementptr inbounds i8, ptr %0, i64 %10
  %12 = load atomic i64, ptr %11 acquire, align 8
  %13 = icmp ult i64 %7, %12
  br i1 %13, label %14, label %31

14:                                               ; preds = %2
  %15 = load i32, ptr %3, align 8, !tbaa !35
  %16 = zext i32 %15 to i64
  %17 = mul nuw nsw i64 %16, 3
  %18 = getelementptr inbounds i8, ptr %0, i64 %17
  %19 = getelementptr inbounds i8, ptr %0, i64 80
  %20 = load i64, ptr %19, align 8, !tbaa !33
  %21 = and i64 %20, %7
  %22 = getelementptr inbounds i8, ptr %18, i64 %21
  %23 = load atomic i32, ptr %22 acquire, align 4
  %24 = icmp sgt i32 %23, -1
  br i1 %24, label %25, label %31

25:                                               ; preds = %14
  %26 = icmp ult i32 %23, 1073741824
  %27 = getelementptr inbounds i8, ptr %22, i64 8
  %28 = select i1 %26, ptr %27, ptr null
  store ptr %28, ptr %1, align 8, !tbaa !51
  %29 = and i32 %23, 1073741823
  %30 = zext nneg i32 %29 to i64
  br label %31

31:                                               ; preds = %14, %2, %25
  %32 = phi i64 [ %30, %25 ], [ -11, %2 ], [ -11, %14 ]
  ret i64 %32
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite)
define dso_local void @pb_ringbuf_advance(ptr nocapture noundef %0) local_unnamed_addr #6 {
  %2 = getelementptr inbounds i8, ptr %0, i64 88
  %3 = load i32, ptr %2, align 8, !tbaa !35
  %4 = zext i32 %3 to i64
  %5 = getelementptr inbounds i8, ptr %0, i64 %4
  %6 = load atomic i64, ptr %5 acquire, align 8
  %7 = load i32, ptr %2, align 8, !tbaa !35
  %8 = zext i32 %7 to i64
  %9 = mul nuw nsw i64 %8, 3
  %10 = getelementptr inbounds i8, ptr %0, i64 %9
  %11 = getelementptr inbounds i8, ptr %0, i64 80
  %12 = load i64, ptr %11, align 8, !tbaa !33
  %13 = and i64 %12, %6
  %14 = getelementptr inbounds i8, ptr %10, i64 %13
  %15 = load atomic i32, ptr %14 acquire, align 4
  %16 = and i32 %15, 1073741823
  %17 = load i32, ptr %2, align 8, !tbaa !35
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %0, i64 %18
  %20 = add nuw nsw i32 %16, 15
  %21 = and i32 %20, 2147483640
  %22 = zext nneg i32 %21 to i64
  %23 = add i64 %6, %22
  store atomic i64 %23, ptr %19 release, align 8
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pb_ringbuf_wakeups(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 96
  %3 = load i64, ptr %2, align 8, !tbaa !37
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_ringbuf_commit_checked(ptr noundef readonly %0, ptr noundef %1, i64 noundef %2, i32 noundef %3) local_unnamed_addr #4 {
  %5 = getelementptr inbounds i8, ptr %1, i64 -8
  %6 = icmp eq ptr %0, null
  br i1 %6, label %56, label %7

7:                                                ; preds = %4
  %8 = load i32, ptr %0, align 8, !tbaa !10
  %9 = icmp eq i32 %8, 1346522448
  br i1 %9, label %10, label %56

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %0, i64 44
  %12 = load i32, ptr %11, align 4, !tbaa !29
  %13 = icmp eq i32 %12, 6
  br i1 %13, label %14, label %56

14:                                               ; preds = %10
  %15 = getelementptr inbounds i8, ptr %0, i64 88
  %16 = load i32, ptr %15, align 8, !tbaa !35
  %17 = zext i32 %16 to i64
  %18 = mul nuw nsw i64 %17, 3
  %19 = getelementptr inbounds i8, ptr %0, i64 %18
  %20 = icmp ult ptr %5, %19
  br i1 %20, label %56, label %21

21:                                               ; preds = %14
  %22 = getelementptr inbounds i8, ptr %0, i64 80
  %23 = load i64, ptr %22, align 8, !tbaa !33
  %24 = shl i64 %23, 1
  %25 = getelementptr i8, ptr %19, i64 %24
  %26 = getelementptr i8, ptr %25, i64 2
  %27 = icmp uge ptr %26, %1
  %28 = ptrtoint ptr %5 to i64
  %29 = and i64 %28, 7
  %30 = icmp eq i64 %29, 0
  %31 = select i1 %27, i1 %30, i1 false
  br i1 %31, label %32, label %56

32:                                               ; preds = %21
  %33 = load atomic i32, ptr %5 acquire, align 4
  %34 = icmp sgt i32 %33, -1
  br i1 %34, label %56, label %35

35:                                               ; preds = %32
  %36 = and i64 %28, -4096
  %37 = getelementptr inbounds i8, ptr %1, i64 -4
  %38 = load i32, ptr %37, align 1
  %39 = zext i32 %38 to i64
  %40 = shl nuw nsw i64 %39, 12
  %41 = sub i64 %36, %40
  %42 = inttoptr i64 %41 to ptr
  %43 = load i32, ptr %42, align 4096, !tbaa !46
  %44 = icmp eq i32 %43, 1346522448
  br i1 %44, label %45, label %50

45:                                               ; preds = %35
  %46 = getelementptr inbounds i8, ptr %42, i64 44
  %47 = load i32, ptr %46, align 4, !tbaa !47
  %48 = icmp eq i32 %47, 6
  %49 = select i1 %48, ptr %42, ptr null
  br label %50

50:                                               ; preds = %35, %45
  %51 = phi ptr [ null, %35 ], [ %49, %45 ]
  %52 = icmp eq ptr %51, %0
  br i1 %52, label %53, label %56

53:                                               ; preds = %50
  %54 = icmp ne i32 %3, 0
  %55 = zext i1 %54 to i32
  tail call fastcc void @commit(ptr noundef nonnull %1, i64 noundef %2, i32 noundef %55) #8
  br label %56

56:                                               ; preds = %32, %50, %14, %21, %4, %7, %10, %53
  %57 = phi i64 [ 0, %53 ], [ -22, %10 ], [ -22, %7 ], [ -22, %4 ], [ -22, %21 ], [ -22, %14 ], [ -22, %50 ], [ -22, %32 ]
  ret i64 %57
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #7

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { mustprogress nofree norecurse nounwind willreturn memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 36}
!4 = !{!"pb_params", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !8, i64 40, !5, i64 48, !5, i64 52}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!4, !5, i64 12}
!10 = !{!11, !5, i64 0}
!11 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !12, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!12 = !{!"any pointer", !6, i64 0}
!13 = !{!4, !5, i64 0}
!14 = !{!11, !5, i64 4}
!15 = !{!4, !5, i64 4}
!16 = !{!11, !5, i64 8}
!17 = !{!4, !5, i64 8}
!18 = !{!11, !5, i64 12}
!19 = !{!11, !5, i64 16}
!20 = !{!4, !5, i64 16}
!21 = !{!11, !5, i64 20}
!22 = !{!4, !5, i64 20}
!23 = !{!11, !5, i64 24}
!24 = !{!4, !5, i64 24}
!25 = !{!11, !5, i64 28}
!26 = !{!4, !5, i64 32}
!27 = !{!11, !5, i64 36}
!28 = !{!11, !5, i64 40}
!29 = !{!11, !5, i64 44}
!30 = !{!4, !8, i64 40}
!31 = !{!11, !8, i64 48}
!32 = !{!11, !5, i64 72}
!33 = !{!34, !8, i64 80}
!34 = !{!"pb_ringbuf", !11, i64 0, !8, i64 80, !5, i64 88, !5, i64 92, !8, i64 96}
!35 = !{!34, !5, i64 88}
!36 = !{!34, !5, i64 92}
!37 = !{!34, !8, i64 96}
!38 = !{!34, !12, i64 56}
!39 = !{!34, !8, i64 64}
!40 = !{!34, !5, i64 32}
!41 = !{!34, !5, i64 76}
!42 = !{!8, !8, i64 0}
!43 = distinct !{!43, !44, !45}
!44 = !{!"llvm.loop.mustprogress"}
!45 = !{!"llvm.loop.unroll.disable"}
!46 = !{!34, !5, i64 0}
!47 = !{!34, !5, i64 44}
!48 = distinct !{!48, !44, !45}
!49 = !{!6, !6, i64 0}
!50 = distinct !{!50, !44, !45}
!51 = !{!12, !12, i64 0}
