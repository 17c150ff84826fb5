// @generated from AWS::SageMaker::Algorithm (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::Algorithm` and its property types.

/// Resource Type definition for AWS::SageMaker::Algorithm
///
/// CloudFormation type `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Algorithm {
    props: ::forma_core::schema::Props,
}
impl Algorithm {
    /// A new resource with its required properties: `AlgorithmName`, `TrainingSpecification`.
    #[track_caller]
    pub fn new(
        algorithm_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        training_specification: impl ::std::convert::Into<::forma_core::Value<TrainingSpecification>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, algorithm_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, training_specification.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the algorithm.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn algorithm_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to certify the algorithm so that it can be listed in AWS Marketplace.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certify_for_marketplace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InferenceSpecification`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InferenceSpecification>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Algorithm {
    type Attributes = AlgorithmAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::Algorithm"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SageMaker::Algorithm` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AlgorithmAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AlgorithmAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AlgorithmAttributes {
    /// `Fn::GetAtt` `AlgorithmArn`.
    pub fn algorithm_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AlgorithmArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `ml.c4.2xlarge`, `ml.c4.4xlarge`, `ml.c4.8xlarge`, `ml.c4.large`, `ml.c4.xlarge`, `ml.c5.18xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.large`, `ml.c5.xlarge`, `ml.c5d.18xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedRealtimeInferenceInstanceTypes {
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c4.large`
    MlC4Large,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.large`
    MlC5Large,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5d.18xlarge`
    MlC5D18xlarge,
    /// `ml.c5d.2xlarge`
    MlC5D2xlarge,
    /// `ml.c5d.4xlarge`
    MlC5D4xlarge,
    /// `ml.c5d.9xlarge`
    MlC5D9xlarge,
    /// `ml.c5d.large`
    MlC5DLarge,
    /// `ml.c5d.xlarge`
    MlC5DXlarge,
    /// `ml.c6g.12xlarge`
    MlC6G12xlarge,
    /// `ml.c6g.16xlarge`
    MlC6G16xlarge,
    /// `ml.c6g.2xlarge`
    MlC6G2xlarge,
    /// `ml.c6g.4xlarge`
    MlC6G4xlarge,
    /// `ml.c6g.8xlarge`
    MlC6G8xlarge,
    /// `ml.c6g.large`
    MlC6GLarge,
    /// `ml.c6g.xlarge`
    MlC6GXlarge,
    /// `ml.c6gd.12xlarge`
    MlC6Gd12xlarge,
    /// `ml.c6gd.16xlarge`
    MlC6Gd16xlarge,
    /// `ml.c6gd.2xlarge`
    MlC6Gd2xlarge,
    /// `ml.c6gd.4xlarge`
    MlC6Gd4xlarge,
    /// `ml.c6gd.8xlarge`
    MlC6Gd8xlarge,
    /// `ml.c6gd.large`
    MlC6GdLarge,
    /// `ml.c6gd.xlarge`
    MlC6GdXlarge,
    /// `ml.c6gn.12xlarge`
    MlC6Gn12xlarge,
    /// `ml.c6gn.16xlarge`
    MlC6Gn16xlarge,
    /// `ml.c6gn.2xlarge`
    MlC6Gn2xlarge,
    /// `ml.c6gn.4xlarge`
    MlC6Gn4xlarge,
    /// `ml.c6gn.8xlarge`
    MlC6Gn8xlarge,
    /// `ml.c6gn.large`
    MlC6GnLarge,
    /// `ml.c6gn.xlarge`
    MlC6GnXlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6in.12xlarge`
    MlC6In12xlarge,
    /// `ml.c6in.16xlarge`
    MlC6In16xlarge,
    /// `ml.c6in.24xlarge`
    MlC6In24xlarge,
    /// `ml.c6in.2xlarge`
    MlC6In2xlarge,
    /// `ml.c6in.32xlarge`
    MlC6In32xlarge,
    /// `ml.c6in.4xlarge`
    MlC6In4xlarge,
    /// `ml.c6in.8xlarge`
    MlC6In8xlarge,
    /// `ml.c6in.large`
    MlC6InLarge,
    /// `ml.c6in.xlarge`
    MlC6InXlarge,
    /// `ml.c7g.12xlarge`
    MlC7G12xlarge,
    /// `ml.c7g.16xlarge`
    MlC7G16xlarge,
    /// `ml.c7g.2xlarge`
    MlC7G2xlarge,
    /// `ml.c7g.4xlarge`
    MlC7G4xlarge,
    /// `ml.c7g.8xlarge`
    MlC7G8xlarge,
    /// `ml.c7g.large`
    MlC7GLarge,
    /// `ml.c7g.xlarge`
    MlC7GXlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c8g.12xlarge`
    MlC8G12xlarge,
    /// `ml.c8g.16xlarge`
    MlC8G16xlarge,
    /// `ml.c8g.24xlarge`
    MlC8G24xlarge,
    /// `ml.c8g.2xlarge`
    MlC8G2xlarge,
    /// `ml.c8g.48xlarge`
    MlC8G48xlarge,
    /// `ml.c8g.4xlarge`
    MlC8G4xlarge,
    /// `ml.c8g.8xlarge`
    MlC8G8xlarge,
    /// `ml.c8g.large`
    MlC8GLarge,
    /// `ml.c8g.medium`
    MlC8GMedium,
    /// `ml.c8g.xlarge`
    MlC8GXlarge,
    /// `ml.dl1.24xlarge`
    MlDl124xlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g7.12xlarge`
    MlG712xlarge,
    /// `ml.g7.24xlarge`
    MlG724xlarge,
    /// `ml.g7.2xlarge`
    MlG72xlarge,
    /// `ml.g7.48xlarge`
    MlG748xlarge,
    /// `ml.g7.4xlarge`
    MlG74xlarge,
    /// `ml.g7.8xlarge`
    MlG78xlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.inf1.24xlarge`
    MlInf124xlarge,
    /// `ml.inf1.2xlarge`
    MlInf12xlarge,
    /// `ml.inf1.6xlarge`
    MlInf16xlarge,
    /// `ml.inf1.xlarge`
    MlInf1Xlarge,
    /// `ml.inf2.24xlarge`
    MlInf224xlarge,
    /// `ml.inf2.48xlarge`
    MlInf248xlarge,
    /// `ml.inf2.8xlarge`
    MlInf28xlarge,
    /// `ml.inf2.xlarge`
    MlInf2Xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5d.12xlarge`
    MlM5D12xlarge,
    /// `ml.m5d.24xlarge`
    MlM5D24xlarge,
    /// `ml.m5d.2xlarge`
    MlM5D2xlarge,
    /// `ml.m5d.4xlarge`
    MlM5D4xlarge,
    /// `ml.m5d.large`
    MlM5DLarge,
    /// `ml.m5d.xlarge`
    MlM5DXlarge,
    /// `ml.m6g.12xlarge`
    MlM6G12xlarge,
    /// `ml.m6g.16xlarge`
    MlM6G16xlarge,
    /// `ml.m6g.2xlarge`
    MlM6G2xlarge,
    /// `ml.m6g.4xlarge`
    MlM6G4xlarge,
    /// `ml.m6g.8xlarge`
    MlM6G8xlarge,
    /// `ml.m6g.large`
    MlM6GLarge,
    /// `ml.m6g.xlarge`
    MlM6GXlarge,
    /// `ml.m6gd.12xlarge`
    MlM6Gd12xlarge,
    /// `ml.m6gd.16xlarge`
    MlM6Gd16xlarge,
    /// `ml.m6gd.2xlarge`
    MlM6Gd2xlarge,
    /// `ml.m6gd.4xlarge`
    MlM6Gd4xlarge,
    /// `ml.m6gd.8xlarge`
    MlM6Gd8xlarge,
    /// `ml.m6gd.large`
    MlM6GdLarge,
    /// `ml.m6gd.xlarge`
    MlM6GdXlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m8g.12xlarge`
    MlM8G12xlarge,
    /// `ml.m8g.16xlarge`
    MlM8G16xlarge,
    /// `ml.m8g.24xlarge`
    MlM8G24xlarge,
    /// `ml.m8g.2xlarge`
    MlM8G2xlarge,
    /// `ml.m8g.48xlarge`
    MlM8G48xlarge,
    /// `ml.m8g.4xlarge`
    MlM8G4xlarge,
    /// `ml.m8g.8xlarge`
    MlM8G8xlarge,
    /// `ml.m8g.large`
    MlM8GLarge,
    /// `ml.m8g.medium`
    MlM8GMedium,
    /// `ml.m8g.xlarge`
    MlM8GXlarge,
    /// `ml.p2.16xlarge`
    MlP216xlarge,
    /// `ml.p2.8xlarge`
    MlP28xlarge,
    /// `ml.p2.xlarge`
    MlP2Xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.p6-b300.48xlarge`
    MlP6B30048xlarge,
    /// `ml.p6e-gb200.36xlarge`
    MlP6EGb20036xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5d.12xlarge`
    MlR5D12xlarge,
    /// `ml.r5d.24xlarge`
    MlR5D24xlarge,
    /// `ml.r5d.2xlarge`
    MlR5D2xlarge,
    /// `ml.r5d.4xlarge`
    MlR5D4xlarge,
    /// `ml.r5d.large`
    MlR5DLarge,
    /// `ml.r5d.xlarge`
    MlR5DXlarge,
    /// `ml.r6g.12xlarge`
    MlR6G12xlarge,
    /// `ml.r6g.16xlarge`
    MlR6G16xlarge,
    /// `ml.r6g.2xlarge`
    MlR6G2xlarge,
    /// `ml.r6g.4xlarge`
    MlR6G4xlarge,
    /// `ml.r6g.8xlarge`
    MlR6G8xlarge,
    /// `ml.r6g.large`
    MlR6GLarge,
    /// `ml.r6g.xlarge`
    MlR6GXlarge,
    /// `ml.r6gd.12xlarge`
    MlR6Gd12xlarge,
    /// `ml.r6gd.16xlarge`
    MlR6Gd16xlarge,
    /// `ml.r6gd.2xlarge`
    MlR6Gd2xlarge,
    /// `ml.r6gd.4xlarge`
    MlR6Gd4xlarge,
    /// `ml.r6gd.8xlarge`
    MlR6Gd8xlarge,
    /// `ml.r6gd.large`
    MlR6GdLarge,
    /// `ml.r6gd.xlarge`
    MlR6GdXlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r7gd.12xlarge`
    MlR7Gd12xlarge,
    /// `ml.r7gd.16xlarge`
    MlR7Gd16xlarge,
    /// `ml.r7gd.2xlarge`
    MlR7Gd2xlarge,
    /// `ml.r7gd.4xlarge`
    MlR7Gd4xlarge,
    /// `ml.r7gd.8xlarge`
    MlR7Gd8xlarge,
    /// `ml.r7gd.large`
    MlR7GdLarge,
    /// `ml.r7gd.medium`
    MlR7GdMedium,
    /// `ml.r7gd.xlarge`
    MlR7GdXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r8g.12xlarge`
    MlR8G12xlarge,
    /// `ml.r8g.16xlarge`
    MlR8G16xlarge,
    /// `ml.r8g.24xlarge`
    MlR8G24xlarge,
    /// `ml.r8g.2xlarge`
    MlR8G2xlarge,
    /// `ml.r8g.48xlarge`
    MlR8G48xlarge,
    /// `ml.r8g.4xlarge`
    MlR8G4xlarge,
    /// `ml.r8g.8xlarge`
    MlR8G8xlarge,
    /// `ml.r8g.large`
    MlR8GLarge,
    /// `ml.r8g.medium`
    MlR8GMedium,
    /// `ml.r8g.xlarge`
    MlR8GXlarge,
    /// `ml.t2.2xlarge`
    MlT22xlarge,
    /// `ml.t2.large`
    MlT2Large,
    /// `ml.t2.medium`
    MlT2Medium,
    /// `ml.t2.xlarge`
    MlT2Xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.trn2.48xlarge`
    MlTrn248xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedRealtimeInferenceInstanceTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC4Large => "ml.c4.large",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Large => "ml.c5.large",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC5D18xlarge => "ml.c5d.18xlarge",
            Self::MlC5D2xlarge => "ml.c5d.2xlarge",
            Self::MlC5D4xlarge => "ml.c5d.4xlarge",
            Self::MlC5D9xlarge => "ml.c5d.9xlarge",
            Self::MlC5DLarge => "ml.c5d.large",
            Self::MlC5DXlarge => "ml.c5d.xlarge",
            Self::MlC6G12xlarge => "ml.c6g.12xlarge",
            Self::MlC6G16xlarge => "ml.c6g.16xlarge",
            Self::MlC6G2xlarge => "ml.c6g.2xlarge",
            Self::MlC6G4xlarge => "ml.c6g.4xlarge",
            Self::MlC6G8xlarge => "ml.c6g.8xlarge",
            Self::MlC6GLarge => "ml.c6g.large",
            Self::MlC6GXlarge => "ml.c6g.xlarge",
            Self::MlC6Gd12xlarge => "ml.c6gd.12xlarge",
            Self::MlC6Gd16xlarge => "ml.c6gd.16xlarge",
            Self::MlC6Gd2xlarge => "ml.c6gd.2xlarge",
            Self::MlC6Gd4xlarge => "ml.c6gd.4xlarge",
            Self::MlC6Gd8xlarge => "ml.c6gd.8xlarge",
            Self::MlC6GdLarge => "ml.c6gd.large",
            Self::MlC6GdXlarge => "ml.c6gd.xlarge",
            Self::MlC6Gn12xlarge => "ml.c6gn.12xlarge",
            Self::MlC6Gn16xlarge => "ml.c6gn.16xlarge",
            Self::MlC6Gn2xlarge => "ml.c6gn.2xlarge",
            Self::MlC6Gn4xlarge => "ml.c6gn.4xlarge",
            Self::MlC6Gn8xlarge => "ml.c6gn.8xlarge",
            Self::MlC6GnLarge => "ml.c6gn.large",
            Self::MlC6GnXlarge => "ml.c6gn.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6In12xlarge => "ml.c6in.12xlarge",
            Self::MlC6In16xlarge => "ml.c6in.16xlarge",
            Self::MlC6In24xlarge => "ml.c6in.24xlarge",
            Self::MlC6In2xlarge => "ml.c6in.2xlarge",
            Self::MlC6In32xlarge => "ml.c6in.32xlarge",
            Self::MlC6In4xlarge => "ml.c6in.4xlarge",
            Self::MlC6In8xlarge => "ml.c6in.8xlarge",
            Self::MlC6InLarge => "ml.c6in.large",
            Self::MlC6InXlarge => "ml.c6in.xlarge",
            Self::MlC7G12xlarge => "ml.c7g.12xlarge",
            Self::MlC7G16xlarge => "ml.c7g.16xlarge",
            Self::MlC7G2xlarge => "ml.c7g.2xlarge",
            Self::MlC7G4xlarge => "ml.c7g.4xlarge",
            Self::MlC7G8xlarge => "ml.c7g.8xlarge",
            Self::MlC7GLarge => "ml.c7g.large",
            Self::MlC7GXlarge => "ml.c7g.xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC8G12xlarge => "ml.c8g.12xlarge",
            Self::MlC8G16xlarge => "ml.c8g.16xlarge",
            Self::MlC8G24xlarge => "ml.c8g.24xlarge",
            Self::MlC8G2xlarge => "ml.c8g.2xlarge",
            Self::MlC8G48xlarge => "ml.c8g.48xlarge",
            Self::MlC8G4xlarge => "ml.c8g.4xlarge",
            Self::MlC8G8xlarge => "ml.c8g.8xlarge",
            Self::MlC8GLarge => "ml.c8g.large",
            Self::MlC8GMedium => "ml.c8g.medium",
            Self::MlC8GXlarge => "ml.c8g.xlarge",
            Self::MlDl124xlarge => "ml.dl1.24xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG712xlarge => "ml.g7.12xlarge",
            Self::MlG724xlarge => "ml.g7.24xlarge",
            Self::MlG72xlarge => "ml.g7.2xlarge",
            Self::MlG748xlarge => "ml.g7.48xlarge",
            Self::MlG74xlarge => "ml.g7.4xlarge",
            Self::MlG78xlarge => "ml.g7.8xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlInf124xlarge => "ml.inf1.24xlarge",
            Self::MlInf12xlarge => "ml.inf1.2xlarge",
            Self::MlInf16xlarge => "ml.inf1.6xlarge",
            Self::MlInf1Xlarge => "ml.inf1.xlarge",
            Self::MlInf224xlarge => "ml.inf2.24xlarge",
            Self::MlInf248xlarge => "ml.inf2.48xlarge",
            Self::MlInf28xlarge => "ml.inf2.8xlarge",
            Self::MlInf2Xlarge => "ml.inf2.xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM6G12xlarge => "ml.m6g.12xlarge",
            Self::MlM6G16xlarge => "ml.m6g.16xlarge",
            Self::MlM6G2xlarge => "ml.m6g.2xlarge",
            Self::MlM6G4xlarge => "ml.m6g.4xlarge",
            Self::MlM6G8xlarge => "ml.m6g.8xlarge",
            Self::MlM6GLarge => "ml.m6g.large",
            Self::MlM6GXlarge => "ml.m6g.xlarge",
            Self::MlM6Gd12xlarge => "ml.m6gd.12xlarge",
            Self::MlM6Gd16xlarge => "ml.m6gd.16xlarge",
            Self::MlM6Gd2xlarge => "ml.m6gd.2xlarge",
            Self::MlM6Gd4xlarge => "ml.m6gd.4xlarge",
            Self::MlM6Gd8xlarge => "ml.m6gd.8xlarge",
            Self::MlM6GdLarge => "ml.m6gd.large",
            Self::MlM6GdXlarge => "ml.m6gd.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM8G12xlarge => "ml.m8g.12xlarge",
            Self::MlM8G16xlarge => "ml.m8g.16xlarge",
            Self::MlM8G24xlarge => "ml.m8g.24xlarge",
            Self::MlM8G2xlarge => "ml.m8g.2xlarge",
            Self::MlM8G48xlarge => "ml.m8g.48xlarge",
            Self::MlM8G4xlarge => "ml.m8g.4xlarge",
            Self::MlM8G8xlarge => "ml.m8g.8xlarge",
            Self::MlM8GLarge => "ml.m8g.large",
            Self::MlM8GMedium => "ml.m8g.medium",
            Self::MlM8GXlarge => "ml.m8g.xlarge",
            Self::MlP216xlarge => "ml.p2.16xlarge",
            Self::MlP28xlarge => "ml.p2.8xlarge",
            Self::MlP2Xlarge => "ml.p2.xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlP6B30048xlarge => "ml.p6-b300.48xlarge",
            Self::MlP6EGb20036xlarge => "ml.p6e-gb200.36xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR5D12xlarge => "ml.r5d.12xlarge",
            Self::MlR5D24xlarge => "ml.r5d.24xlarge",
            Self::MlR5D2xlarge => "ml.r5d.2xlarge",
            Self::MlR5D4xlarge => "ml.r5d.4xlarge",
            Self::MlR5DLarge => "ml.r5d.large",
            Self::MlR5DXlarge => "ml.r5d.xlarge",
            Self::MlR6G12xlarge => "ml.r6g.12xlarge",
            Self::MlR6G16xlarge => "ml.r6g.16xlarge",
            Self::MlR6G2xlarge => "ml.r6g.2xlarge",
            Self::MlR6G4xlarge => "ml.r6g.4xlarge",
            Self::MlR6G8xlarge => "ml.r6g.8xlarge",
            Self::MlR6GLarge => "ml.r6g.large",
            Self::MlR6GXlarge => "ml.r6g.xlarge",
            Self::MlR6Gd12xlarge => "ml.r6gd.12xlarge",
            Self::MlR6Gd16xlarge => "ml.r6gd.16xlarge",
            Self::MlR6Gd2xlarge => "ml.r6gd.2xlarge",
            Self::MlR6Gd4xlarge => "ml.r6gd.4xlarge",
            Self::MlR6Gd8xlarge => "ml.r6gd.8xlarge",
            Self::MlR6GdLarge => "ml.r6gd.large",
            Self::MlR6GdXlarge => "ml.r6gd.xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR7Gd12xlarge => "ml.r7gd.12xlarge",
            Self::MlR7Gd16xlarge => "ml.r7gd.16xlarge",
            Self::MlR7Gd2xlarge => "ml.r7gd.2xlarge",
            Self::MlR7Gd4xlarge => "ml.r7gd.4xlarge",
            Self::MlR7Gd8xlarge => "ml.r7gd.8xlarge",
            Self::MlR7GdLarge => "ml.r7gd.large",
            Self::MlR7GdMedium => "ml.r7gd.medium",
            Self::MlR7GdXlarge => "ml.r7gd.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR8G12xlarge => "ml.r8g.12xlarge",
            Self::MlR8G16xlarge => "ml.r8g.16xlarge",
            Self::MlR8G24xlarge => "ml.r8g.24xlarge",
            Self::MlR8G2xlarge => "ml.r8g.2xlarge",
            Self::MlR8G48xlarge => "ml.r8g.48xlarge",
            Self::MlR8G4xlarge => "ml.r8g.4xlarge",
            Self::MlR8G8xlarge => "ml.r8g.8xlarge",
            Self::MlR8GLarge => "ml.r8g.large",
            Self::MlR8GMedium => "ml.r8g.medium",
            Self::MlR8GXlarge => "ml.r8g.xlarge",
            Self::MlT22xlarge => "ml.t2.2xlarge",
            Self::MlT2Large => "ml.t2.large",
            Self::MlT2Medium => "ml.t2.medium",
            Self::MlT2Xlarge => "ml.t2.xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlTrn248xlarge => "ml.trn2.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c4.large",
            "ml.c4.xlarge",
            "ml.c5.18xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.large",
            "ml.c5.xlarge",
            "ml.c5d.18xlarge",
            "ml.c5d.2xlarge",
            "ml.c5d.4xlarge",
            "ml.c5d.9xlarge",
            "ml.c5d.large",
            "ml.c5d.xlarge",
            "ml.c6g.12xlarge",
            "ml.c6g.16xlarge",
            "ml.c6g.2xlarge",
            "ml.c6g.4xlarge",
            "ml.c6g.8xlarge",
            "ml.c6g.large",
            "ml.c6g.xlarge",
            "ml.c6gd.12xlarge",
            "ml.c6gd.16xlarge",
            "ml.c6gd.2xlarge",
            "ml.c6gd.4xlarge",
            "ml.c6gd.8xlarge",
            "ml.c6gd.large",
            "ml.c6gd.xlarge",
            "ml.c6gn.12xlarge",
            "ml.c6gn.16xlarge",
            "ml.c6gn.2xlarge",
            "ml.c6gn.4xlarge",
            "ml.c6gn.8xlarge",
            "ml.c6gn.large",
            "ml.c6gn.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c6in.12xlarge",
            "ml.c6in.16xlarge",
            "ml.c6in.24xlarge",
            "ml.c6in.2xlarge",
            "ml.c6in.32xlarge",
            "ml.c6in.4xlarge",
            "ml.c6in.8xlarge",
            "ml.c6in.large",
            "ml.c6in.xlarge",
            "ml.c7g.12xlarge",
            "ml.c7g.16xlarge",
            "ml.c7g.2xlarge",
            "ml.c7g.4xlarge",
            "ml.c7g.8xlarge",
            "ml.c7g.large",
            "ml.c7g.xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.48xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c8g.12xlarge",
            "ml.c8g.16xlarge",
            "ml.c8g.24xlarge",
            "ml.c8g.2xlarge",
            "ml.c8g.48xlarge",
            "ml.c8g.4xlarge",
            "ml.c8g.8xlarge",
            "ml.c8g.large",
            "ml.c8g.medium",
            "ml.c8g.xlarge",
            "ml.dl1.24xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.g7.12xlarge",
            "ml.g7.24xlarge",
            "ml.g7.2xlarge",
            "ml.g7.48xlarge",
            "ml.g7.4xlarge",
            "ml.g7.8xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.48xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.inf1.24xlarge",
            "ml.inf1.2xlarge",
            "ml.inf1.6xlarge",
            "ml.inf1.xlarge",
            "ml.inf2.24xlarge",
            "ml.inf2.48xlarge",
            "ml.inf2.8xlarge",
            "ml.inf2.xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.24xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m6g.12xlarge",
            "ml.m6g.16xlarge",
            "ml.m6g.2xlarge",
            "ml.m6g.4xlarge",
            "ml.m6g.8xlarge",
            "ml.m6g.large",
            "ml.m6g.xlarge",
            "ml.m6gd.12xlarge",
            "ml.m6gd.16xlarge",
            "ml.m6gd.2xlarge",
            "ml.m6gd.4xlarge",
            "ml.m6gd.8xlarge",
            "ml.m6gd.large",
            "ml.m6gd.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m8g.12xlarge",
            "ml.m8g.16xlarge",
            "ml.m8g.24xlarge",
            "ml.m8g.2xlarge",
            "ml.m8g.48xlarge",
            "ml.m8g.4xlarge",
            "ml.m8g.8xlarge",
            "ml.m8g.large",
            "ml.m8g.medium",
            "ml.m8g.xlarge",
            "ml.p2.16xlarge",
            "ml.p2.8xlarge",
            "ml.p2.xlarge",
            "ml.p3.16xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge",
            "ml.p6e-gb200.36xlarge",
            "ml.r5.12xlarge",
            "ml.r5.24xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5d.12xlarge",
            "ml.r5d.24xlarge",
            "ml.r5d.2xlarge",
            "ml.r5d.4xlarge",
            "ml.r5d.large",
            "ml.r5d.xlarge",
            "ml.r6g.12xlarge",
            "ml.r6g.16xlarge",
            "ml.r6g.2xlarge",
            "ml.r6g.4xlarge",
            "ml.r6g.8xlarge",
            "ml.r6g.large",
            "ml.r6g.xlarge",
            "ml.r6gd.12xlarge",
            "ml.r6gd.16xlarge",
            "ml.r6gd.2xlarge",
            "ml.r6gd.4xlarge",
            "ml.r6gd.8xlarge",
            "ml.r6gd.large",
            "ml.r6gd.xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r7gd.12xlarge",
            "ml.r7gd.16xlarge",
            "ml.r7gd.2xlarge",
            "ml.r7gd.4xlarge",
            "ml.r7gd.8xlarge",
            "ml.r7gd.large",
            "ml.r7gd.medium",
            "ml.r7gd.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r8g.12xlarge",
            "ml.r8g.16xlarge",
            "ml.r8g.24xlarge",
            "ml.r8g.2xlarge",
            "ml.r8g.48xlarge",
            "ml.r8g.4xlarge",
            "ml.r8g.8xlarge",
            "ml.r8g.large",
            "ml.r8g.medium",
            "ml.r8g.xlarge",
            "ml.t2.2xlarge",
            "ml.t2.large",
            "ml.t2.medium",
            "ml.t2.xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.trn2.48xlarge",
        ]
    }
}
impl ::std::convert::From<SupportedRealtimeInferenceInstanceTypes>
    for ::forma_core::Value<SupportedRealtimeInferenceInstanceTypes>
{
    fn from(v: SupportedRealtimeInferenceInstanceTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedRealtimeInferenceInstanceTypes {}

/// The values CloudFormation documents: `ml.c4.2xlarge`, `ml.c4.4xlarge`, `ml.c4.8xlarge`, `ml.c4.xlarge`, `ml.c5.18xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.xlarge`, `ml.c6i.12xlarge`, `ml.c6i.16xlarge`, `ml.c6i.24xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedTransformInstanceTypes {
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.inf2.24xlarge`
    MlInf224xlarge,
    /// `ml.inf2.48xlarge`
    MlInf248xlarge,
    /// `ml.inf2.8xlarge`
    MlInf28xlarge,
    /// `ml.inf2.xlarge`
    MlInf2Xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.p2.16xlarge`
    MlP216xlarge,
    /// `ml.p2.8xlarge`
    MlP28xlarge,
    /// `ml.p2.xlarge`
    MlP2Xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedTransformInstanceTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlInf224xlarge => "ml.inf2.24xlarge",
            Self::MlInf248xlarge => "ml.inf2.48xlarge",
            Self::MlInf28xlarge => "ml.inf2.8xlarge",
            Self::MlInf2Xlarge => "ml.inf2.xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlP216xlarge => "ml.p2.16xlarge",
            Self::MlP28xlarge => "ml.p2.8xlarge",
            Self::MlP2Xlarge => "ml.p2.xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c4.xlarge",
            "ml.c5.18xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.48xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.inf2.24xlarge",
            "ml.inf2.48xlarge",
            "ml.inf2.8xlarge",
            "ml.inf2.xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.p2.16xlarge",
            "ml.p2.8xlarge",
            "ml.p2.xlarge",
            "ml.p3.16xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
        ]
    }
}
impl ::std::convert::From<SupportedTransformInstanceTypes> for ::forma_core::Value<SupportedTransformInstanceTypes> {
    fn from(v: SupportedTransformInstanceTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedTransformInstanceTypes {}

/// The `InferenceSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceSpecification {
    props: ::forma_core::schema::Props,
}
impl InferenceSpecification {
    /// A new value with its required properties: `Containers`.
    pub fn new(
        containers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ModelPackageContainerDefinition>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, containers.into().into_expr());
        Self { props }
    }
    /// `SupportedContentTypes`.
    pub fn supported_content_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SupportedRealtimeInferenceInstanceTypes`.
    pub fn supported_realtime_inference_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportedRealtimeInferenceInstanceTypes>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SupportedResponseMIMETypes`.
    pub fn supported_response_mime_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SupportedTransformInstanceTypes`.
    pub fn supported_transform_instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportedTransformInstanceTypes>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InferenceSpecification> for ::forma_core::Value<InferenceSpecification> {
    fn from(v: InferenceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFERENCE_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ml.c4.2xlarge`, `ml.c4.4xlarge`, `ml.c4.8xlarge`, `ml.c4.xlarge`, `ml.c5.18xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.xlarge`, `ml.c5n.18xlarge`, `ml.c5n.2xlarge`, `ml.c5n.4xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedTrainingInstanceTypes {
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5n.18xlarge`
    MlC5N18xlarge,
    /// `ml.c5n.2xlarge`
    MlC5N2xlarge,
    /// `ml.c5n.4xlarge`
    MlC5N4xlarge,
    /// `ml.c5n.9xlarge`
    MlC5N9xlarge,
    /// `ml.c5n.xlarge`
    MlC5NXlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c7i-flex.12xlarge`
    MlC7IFlex12xlarge,
    /// `ml.c7i-flex.16xlarge`
    MlC7IFlex16xlarge,
    /// `ml.c7i-flex.2xlarge`
    MlC7IFlex2xlarge,
    /// `ml.c7i-flex.4xlarge`
    MlC7IFlex4xlarge,
    /// `ml.c7i-flex.8xlarge`
    MlC7IFlex8xlarge,
    /// `ml.c7i-flex.xlarge`
    MlC7IFlexXlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c8i-flex.12xlarge`
    MlC8IFlex12xlarge,
    /// `ml.c8i-flex.16xlarge`
    MlC8IFlex16xlarge,
    /// `ml.c8i-flex.2xlarge`
    MlC8IFlex2xlarge,
    /// `ml.c8i-flex.4xlarge`
    MlC8IFlex4xlarge,
    /// `ml.c8i-flex.8xlarge`
    MlC8IFlex8xlarge,
    /// `ml.c8i-flex.xlarge`
    MlC8IFlexXlarge,
    /// `ml.c8i.12xlarge`
    MlC8I12xlarge,
    /// `ml.c8i.16xlarge`
    MlC8I16xlarge,
    /// `ml.c8i.24xlarge`
    MlC8I24xlarge,
    /// `ml.c8i.2xlarge`
    MlC8I2xlarge,
    /// `ml.c8i.32xlarge`
    MlC8I32xlarge,
    /// `ml.c8i.48xlarge`
    MlC8I48xlarge,
    /// `ml.c8i.4xlarge`
    MlC8I4xlarge,
    /// `ml.c8i.8xlarge`
    MlC8I8xlarge,
    /// `ml.c8i.96xlarge`
    MlC8I96xlarge,
    /// `ml.c8i.xlarge`
    MlC8IXlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g7.12xlarge`
    MlG712xlarge,
    /// `ml.g7.24xlarge`
    MlG724xlarge,
    /// `ml.g7.2xlarge`
    MlG72xlarge,
    /// `ml.g7.48xlarge`
    MlG748xlarge,
    /// `ml.g7.4xlarge`
    MlG74xlarge,
    /// `ml.g7.8xlarge`
    MlG78xlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m7i-flex.12xlarge`
    MlM7IFlex12xlarge,
    /// `ml.m7i-flex.16xlarge`
    MlM7IFlex16xlarge,
    /// `ml.m7i-flex.2xlarge`
    MlM7IFlex2xlarge,
    /// `ml.m7i-flex.4xlarge`
    MlM7IFlex4xlarge,
    /// `ml.m7i-flex.8xlarge`
    MlM7IFlex8xlarge,
    /// `ml.m7i-flex.large`
    MlM7IFlexLarge,
    /// `ml.m7i-flex.xlarge`
    MlM7IFlexXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m8i-flex.12xlarge`
    MlM8IFlex12xlarge,
    /// `ml.m8i-flex.16xlarge`
    MlM8IFlex16xlarge,
    /// `ml.m8i-flex.2xlarge`
    MlM8IFlex2xlarge,
    /// `ml.m8i-flex.4xlarge`
    MlM8IFlex4xlarge,
    /// `ml.m8i-flex.8xlarge`
    MlM8IFlex8xlarge,
    /// `ml.m8i-flex.large`
    MlM8IFlexLarge,
    /// `ml.m8i-flex.xlarge`
    MlM8IFlexXlarge,
    /// `ml.m8i.12xlarge`
    MlM8I12xlarge,
    /// `ml.m8i.16xlarge`
    MlM8I16xlarge,
    /// `ml.m8i.24xlarge`
    MlM8I24xlarge,
    /// `ml.m8i.2xlarge`
    MlM8I2xlarge,
    /// `ml.m8i.32xlarge`
    MlM8I32xlarge,
    /// `ml.m8i.48xlarge`
    MlM8I48xlarge,
    /// `ml.m8i.4xlarge`
    MlM8I4xlarge,
    /// `ml.m8i.8xlarge`
    MlM8I8xlarge,
    /// `ml.m8i.96xlarge`
    MlM8I96xlarge,
    /// `ml.m8i.large`
    MlM8ILarge,
    /// `ml.m8i.xlarge`
    MlM8IXlarge,
    /// `ml.p2.16xlarge`
    MlP216xlarge,
    /// `ml.p2.8xlarge`
    MlP28xlarge,
    /// `ml.p2.xlarge`
    MlP2Xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p3dn.24xlarge`
    MlP3Dn24xlarge,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.p6-b300.48xlarge`
    MlP6B30048xlarge,
    /// `ml.p6e-gb200.36xlarge`
    MlP6EGb20036xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.16xlarge`
    MlR516xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.8xlarge`
    MlR58xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5d.12xlarge`
    MlR5D12xlarge,
    /// `ml.r5d.16xlarge`
    MlR5D16xlarge,
    /// `ml.r5d.24xlarge`
    MlR5D24xlarge,
    /// `ml.r5d.2xlarge`
    MlR5D2xlarge,
    /// `ml.r5d.4xlarge`
    MlR5D4xlarge,
    /// `ml.r5d.8xlarge`
    MlR5D8xlarge,
    /// `ml.r5d.large`
    MlR5DLarge,
    /// `ml.r5d.xlarge`
    MlR5DXlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r8i-flex.12xlarge`
    MlR8IFlex12xlarge,
    /// `ml.r8i-flex.16xlarge`
    MlR8IFlex16xlarge,
    /// `ml.r8i-flex.2xlarge`
    MlR8IFlex2xlarge,
    /// `ml.r8i-flex.4xlarge`
    MlR8IFlex4xlarge,
    /// `ml.r8i-flex.8xlarge`
    MlR8IFlex8xlarge,
    /// `ml.r8i-flex.large`
    MlR8IFlexLarge,
    /// `ml.r8i-flex.xlarge`
    MlR8IFlexXlarge,
    /// `ml.r8i.12xlarge`
    MlR8I12xlarge,
    /// `ml.r8i.16xlarge`
    MlR8I16xlarge,
    /// `ml.r8i.24xlarge`
    MlR8I24xlarge,
    /// `ml.r8i.2xlarge`
    MlR8I2xlarge,
    /// `ml.r8i.32xlarge`
    MlR8I32xlarge,
    /// `ml.r8i.48xlarge`
    MlR8I48xlarge,
    /// `ml.r8i.4xlarge`
    MlR8I4xlarge,
    /// `ml.r8i.8xlarge`
    MlR8I8xlarge,
    /// `ml.r8i.96xlarge`
    MlR8I96xlarge,
    /// `ml.r8i.large`
    MlR8ILarge,
    /// `ml.r8i.xlarge`
    MlR8IXlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.trn2.48xlarge`
    MlTrn248xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedTrainingInstanceTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC5N18xlarge => "ml.c5n.18xlarge",
            Self::MlC5N2xlarge => "ml.c5n.2xlarge",
            Self::MlC5N4xlarge => "ml.c5n.4xlarge",
            Self::MlC5N9xlarge => "ml.c5n.9xlarge",
            Self::MlC5NXlarge => "ml.c5n.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC7IFlex12xlarge => "ml.c7i-flex.12xlarge",
            Self::MlC7IFlex16xlarge => "ml.c7i-flex.16xlarge",
            Self::MlC7IFlex2xlarge => "ml.c7i-flex.2xlarge",
            Self::MlC7IFlex4xlarge => "ml.c7i-flex.4xlarge",
            Self::MlC7IFlex8xlarge => "ml.c7i-flex.8xlarge",
            Self::MlC7IFlexXlarge => "ml.c7i-flex.xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC8IFlex12xlarge => "ml.c8i-flex.12xlarge",
            Self::MlC8IFlex16xlarge => "ml.c8i-flex.16xlarge",
            Self::MlC8IFlex2xlarge => "ml.c8i-flex.2xlarge",
            Self::MlC8IFlex4xlarge => "ml.c8i-flex.4xlarge",
            Self::MlC8IFlex8xlarge => "ml.c8i-flex.8xlarge",
            Self::MlC8IFlexXlarge => "ml.c8i-flex.xlarge",
            Self::MlC8I12xlarge => "ml.c8i.12xlarge",
            Self::MlC8I16xlarge => "ml.c8i.16xlarge",
            Self::MlC8I24xlarge => "ml.c8i.24xlarge",
            Self::MlC8I2xlarge => "ml.c8i.2xlarge",
            Self::MlC8I32xlarge => "ml.c8i.32xlarge",
            Self::MlC8I48xlarge => "ml.c8i.48xlarge",
            Self::MlC8I4xlarge => "ml.c8i.4xlarge",
            Self::MlC8I8xlarge => "ml.c8i.8xlarge",
            Self::MlC8I96xlarge => "ml.c8i.96xlarge",
            Self::MlC8IXlarge => "ml.c8i.xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG712xlarge => "ml.g7.12xlarge",
            Self::MlG724xlarge => "ml.g7.24xlarge",
            Self::MlG72xlarge => "ml.g7.2xlarge",
            Self::MlG748xlarge => "ml.g7.48xlarge",
            Self::MlG74xlarge => "ml.g7.4xlarge",
            Self::MlG78xlarge => "ml.g7.8xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM7IFlex12xlarge => "ml.m7i-flex.12xlarge",
            Self::MlM7IFlex16xlarge => "ml.m7i-flex.16xlarge",
            Self::MlM7IFlex2xlarge => "ml.m7i-flex.2xlarge",
            Self::MlM7IFlex4xlarge => "ml.m7i-flex.4xlarge",
            Self::MlM7IFlex8xlarge => "ml.m7i-flex.8xlarge",
            Self::MlM7IFlexLarge => "ml.m7i-flex.large",
            Self::MlM7IFlexXlarge => "ml.m7i-flex.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM8IFlex12xlarge => "ml.m8i-flex.12xlarge",
            Self::MlM8IFlex16xlarge => "ml.m8i-flex.16xlarge",
            Self::MlM8IFlex2xlarge => "ml.m8i-flex.2xlarge",
            Self::MlM8IFlex4xlarge => "ml.m8i-flex.4xlarge",
            Self::MlM8IFlex8xlarge => "ml.m8i-flex.8xlarge",
            Self::MlM8IFlexLarge => "ml.m8i-flex.large",
            Self::MlM8IFlexXlarge => "ml.m8i-flex.xlarge",
            Self::MlM8I12xlarge => "ml.m8i.12xlarge",
            Self::MlM8I16xlarge => "ml.m8i.16xlarge",
            Self::MlM8I24xlarge => "ml.m8i.24xlarge",
            Self::MlM8I2xlarge => "ml.m8i.2xlarge",
            Self::MlM8I32xlarge => "ml.m8i.32xlarge",
            Self::MlM8I48xlarge => "ml.m8i.48xlarge",
            Self::MlM8I4xlarge => "ml.m8i.4xlarge",
            Self::MlM8I8xlarge => "ml.m8i.8xlarge",
            Self::MlM8I96xlarge => "ml.m8i.96xlarge",
            Self::MlM8ILarge => "ml.m8i.large",
            Self::MlM8IXlarge => "ml.m8i.xlarge",
            Self::MlP216xlarge => "ml.p2.16xlarge",
            Self::MlP28xlarge => "ml.p2.8xlarge",
            Self::MlP2Xlarge => "ml.p2.xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP3Dn24xlarge => "ml.p3dn.24xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlP6B30048xlarge => "ml.p6-b300.48xlarge",
            Self::MlP6EGb20036xlarge => "ml.p6e-gb200.36xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR516xlarge => "ml.r5.16xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR58xlarge => "ml.r5.8xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR5D12xlarge => "ml.r5d.12xlarge",
            Self::MlR5D16xlarge => "ml.r5d.16xlarge",
            Self::MlR5D24xlarge => "ml.r5d.24xlarge",
            Self::MlR5D2xlarge => "ml.r5d.2xlarge",
            Self::MlR5D4xlarge => "ml.r5d.4xlarge",
            Self::MlR5D8xlarge => "ml.r5d.8xlarge",
            Self::MlR5DLarge => "ml.r5d.large",
            Self::MlR5DXlarge => "ml.r5d.xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR8IFlex12xlarge => "ml.r8i-flex.12xlarge",
            Self::MlR8IFlex16xlarge => "ml.r8i-flex.16xlarge",
            Self::MlR8IFlex2xlarge => "ml.r8i-flex.2xlarge",
            Self::MlR8IFlex4xlarge => "ml.r8i-flex.4xlarge",
            Self::MlR8IFlex8xlarge => "ml.r8i-flex.8xlarge",
            Self::MlR8IFlexLarge => "ml.r8i-flex.large",
            Self::MlR8IFlexXlarge => "ml.r8i-flex.xlarge",
            Self::MlR8I12xlarge => "ml.r8i.12xlarge",
            Self::MlR8I16xlarge => "ml.r8i.16xlarge",
            Self::MlR8I24xlarge => "ml.r8i.24xlarge",
            Self::MlR8I2xlarge => "ml.r8i.2xlarge",
            Self::MlR8I32xlarge => "ml.r8i.32xlarge",
            Self::MlR8I48xlarge => "ml.r8i.48xlarge",
            Self::MlR8I4xlarge => "ml.r8i.4xlarge",
            Self::MlR8I8xlarge => "ml.r8i.8xlarge",
            Self::MlR8I96xlarge => "ml.r8i.96xlarge",
            Self::MlR8ILarge => "ml.r8i.large",
            Self::MlR8IXlarge => "ml.r8i.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlTrn248xlarge => "ml.trn2.48xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c4.xlarge",
            "ml.c5.18xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.xlarge",
            "ml.c5n.18xlarge",
            "ml.c5n.2xlarge",
            "ml.c5n.4xlarge",
            "ml.c5n.9xlarge",
            "ml.c5n.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.xlarge",
            "ml.c7i-flex.12xlarge",
            "ml.c7i-flex.16xlarge",
            "ml.c7i-flex.2xlarge",
            "ml.c7i-flex.4xlarge",
            "ml.c7i-flex.8xlarge",
            "ml.c7i-flex.xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.48xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c8i-flex.12xlarge",
            "ml.c8i-flex.16xlarge",
            "ml.c8i-flex.2xlarge",
            "ml.c8i-flex.4xlarge",
            "ml.c8i-flex.8xlarge",
            "ml.c8i-flex.xlarge",
            "ml.c8i.12xlarge",
            "ml.c8i.16xlarge",
            "ml.c8i.24xlarge",
            "ml.c8i.2xlarge",
            "ml.c8i.32xlarge",
            "ml.c8i.48xlarge",
            "ml.c8i.4xlarge",
            "ml.c8i.8xlarge",
            "ml.c8i.96xlarge",
            "ml.c8i.xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.g7.12xlarge",
            "ml.g7.24xlarge",
            "ml.g7.2xlarge",
            "ml.g7.48xlarge",
            "ml.g7.4xlarge",
            "ml.g7.8xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.48xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m7i-flex.12xlarge",
            "ml.m7i-flex.16xlarge",
            "ml.m7i-flex.2xlarge",
            "ml.m7i-flex.4xlarge",
            "ml.m7i-flex.8xlarge",
            "ml.m7i-flex.large",
            "ml.m7i-flex.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m8i-flex.12xlarge",
            "ml.m8i-flex.16xlarge",
            "ml.m8i-flex.2xlarge",
            "ml.m8i-flex.4xlarge",
            "ml.m8i-flex.8xlarge",
            "ml.m8i-flex.large",
            "ml.m8i-flex.xlarge",
            "ml.m8i.12xlarge",
            "ml.m8i.16xlarge",
            "ml.m8i.24xlarge",
            "ml.m8i.2xlarge",
            "ml.m8i.32xlarge",
            "ml.m8i.48xlarge",
            "ml.m8i.4xlarge",
            "ml.m8i.8xlarge",
            "ml.m8i.96xlarge",
            "ml.m8i.large",
            "ml.m8i.xlarge",
            "ml.p2.16xlarge",
            "ml.p2.8xlarge",
            "ml.p2.xlarge",
            "ml.p3.16xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p3dn.24xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge",
            "ml.p6e-gb200.36xlarge",
            "ml.r5.12xlarge",
            "ml.r5.16xlarge",
            "ml.r5.24xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.8xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5d.12xlarge",
            "ml.r5d.16xlarge",
            "ml.r5d.24xlarge",
            "ml.r5d.2xlarge",
            "ml.r5d.4xlarge",
            "ml.r5d.8xlarge",
            "ml.r5d.large",
            "ml.r5d.xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r8i-flex.12xlarge",
            "ml.r8i-flex.16xlarge",
            "ml.r8i-flex.2xlarge",
            "ml.r8i-flex.4xlarge",
            "ml.r8i-flex.8xlarge",
            "ml.r8i-flex.large",
            "ml.r8i-flex.xlarge",
            "ml.r8i.12xlarge",
            "ml.r8i.16xlarge",
            "ml.r8i.24xlarge",
            "ml.r8i.2xlarge",
            "ml.r8i.32xlarge",
            "ml.r8i.48xlarge",
            "ml.r8i.4xlarge",
            "ml.r8i.8xlarge",
            "ml.r8i.96xlarge",
            "ml.r8i.large",
            "ml.r8i.xlarge",
            "ml.t3.2xlarge",
            "ml.t3.large",
            "ml.t3.medium",
            "ml.t3.xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.trn2.48xlarge",
        ]
    }
}
impl ::std::convert::From<SupportedTrainingInstanceTypes> for ::forma_core::Value<SupportedTrainingInstanceTypes> {
    fn from(v: SupportedTrainingInstanceTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedTrainingInstanceTypes {}

/// The `TrainingSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingSpecification {
    props: ::forma_core::schema::Props,
}
impl TrainingSpecification {
    /// A new value with its required properties: `SupportedTrainingInstanceTypes`, `TrainingChannels`, `TrainingImage`.
    pub fn new(
        supported_training_instance_types: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<SupportedTrainingInstanceTypes>>,
        >,
        training_channels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ChannelSpecification>>>,
        training_image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, supported_training_instance_types.into().into_expr());
        props.set(5, training_channels.into().into_expr());
        props.set(6, training_image.into().into_expr());
        Self { props }
    }
    /// `MetricDefinitions`.
    pub fn metric_definitions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MetricDefinition>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SupportedHyperParameters`.
    pub fn supported_hyper_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HyperParameterSpecification>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SupportedTuningJobObjectiveMetrics`.
    pub fn supported_tuning_job_objective_metrics(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HyperParameterTuningJobObjective>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SupportsDistributedTraining`.
    pub fn supports_distributed_training(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TrainingImageDigest`.
    ///
    /// Allowed: length 0 to 72.
    pub fn training_image_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrainingSpecification> for ::forma_core::Value<TrainingSpecification> {
    fn from(v: TrainingSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAINING_SPECIFICATION_TYPE.properties))
    }
}

/// The `ModelPackageContainerDefinition` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelPackageContainerDefinition {
    props: ::forma_core::schema::Props,
}
impl ModelPackageContainerDefinition {
    /// A new value with its required properties: `Image`.
    pub fn new(image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, image.into().into_expr());
        Self { props }
    }
    /// `ContainerHostname`.
    ///
    /// Allowed: length 0 to 63.
    pub fn container_hostname(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Framework`.
    pub fn framework(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `FrameworkVersion`.
    ///
    /// Allowed: length 3 to 10.
    pub fn framework_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ImageDigest`.
    ///
    /// Allowed: length 0 to 72.
    pub fn image_digest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `IsCheckpoint`.
    pub fn is_checkpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ModelInput`.
    pub fn model_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<ModelInput>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NearestModelName`.
    pub fn nearest_model_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ModelPackageContainerDefinition> for ::forma_core::Value<ModelPackageContainerDefinition> {
    fn from(v: ModelPackageContainerDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE.properties))
    }
}

/// The `MetricDefinition` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDefinition {
    props: ::forma_core::schema::Props,
}
impl MetricDefinition {
    /// A new value with its required properties: `Name`, `Regex`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        regex: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, regex.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetricDefinition> for ::forma_core::Value<MetricDefinition> {
    fn from(v: MetricDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRIC_DEFINITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Integer`, `Continuous`, `Categorical`, `FreeText`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `Integer`
    Integer,
    /// `Continuous`
    Continuous,
    /// `Categorical`
    Categorical,
    /// `FreeText`
    FreeText,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Integer => "Integer",
            Self::Continuous => "Continuous",
            Self::Categorical => "Categorical",
            Self::FreeText => "FreeText",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Integer", "Continuous", "Categorical", "FreeText"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `HyperParameterSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct HyperParameterSpecification {
    props: ::forma_core::schema::Props,
}
impl HyperParameterSpecification {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, name.into().into_expr());
        props.set(6, type_.into_enum_expr());
        Self { props }
    }
    /// `DefaultValue`.
    ///
    /// Allowed: length 0 to 2500.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IsRequired`.
    pub fn is_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IsTunable`.
    pub fn is_tunable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Range`.
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParameterRange>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HyperParameterSpecification> for ::forma_core::Value<HyperParameterSpecification> {
    fn from(v: HyperParameterSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HYPER_PARAMETER_SPECIFICATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Maximize`, `Minimize`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HyperParameterTuningJobObjectiveType {
    /// `Maximize`
    Maximize,
    /// `Minimize`
    Minimize,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HyperParameterTuningJobObjectiveType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maximize => "Maximize",
            Self::Minimize => "Minimize",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Maximize", "Minimize"]
    }
}
impl ::std::convert::From<HyperParameterTuningJobObjectiveType>
    for ::forma_core::Value<HyperParameterTuningJobObjectiveType>
{
    fn from(v: HyperParameterTuningJobObjectiveType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HyperParameterTuningJobObjectiveType {}

/// The `HyperParameterTuningJobObjective` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct HyperParameterTuningJobObjective {
    props: ::forma_core::schema::Props,
}
impl HyperParameterTuningJobObjective {
    /// A new value with its required properties: `MetricName`, `Type`.
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<HyperParameterTuningJobObjectiveType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, metric_name.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<HyperParameterTuningJobObjective> for ::forma_core::Value<HyperParameterTuningJobObjective> {
    fn from(v: HyperParameterTuningJobObjective) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HYPER_PARAMETER_TUNING_JOB_OBJECTIVE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `None`, `Gzip`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedCompressionTypes {
    /// `None`
    None,
    /// `Gzip`
    Gzip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedCompressionTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Gzip => "Gzip",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Gzip"]
    }
}
impl ::std::convert::From<SupportedCompressionTypes> for ::forma_core::Value<SupportedCompressionTypes> {
    fn from(v: SupportedCompressionTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedCompressionTypes {}

/// The values CloudFormation documents: `Pipe`, `File`, `FastFile`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportedInputModes {
    /// `Pipe`
    Pipe,
    /// `File`
    File,
    /// `FastFile`
    FastFile,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportedInputModes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pipe => "Pipe",
            Self::File => "File",
            Self::FastFile => "FastFile",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Pipe", "File", "FastFile"]
    }
}
impl ::std::convert::From<SupportedInputModes> for ::forma_core::Value<SupportedInputModes> {
    fn from(v: SupportedInputModes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportedInputModes {}

/// The `ChannelSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelSpecification {
    props: ::forma_core::schema::Props,
}
impl ChannelSpecification {
    /// A new value with its required properties: `Name`, `SupportedContentTypes`, `SupportedInputModes`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        supported_content_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        supported_input_modes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportedInputModes>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        props.set(4, supported_content_types.into().into_expr());
        props.set(5, supported_input_modes.into().into_expr());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IsRequired`.
    pub fn is_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SupportedCompressionTypes`.
    pub fn supported_compression_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SupportedCompressionTypes>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ChannelSpecification> for ::forma_core::Value<ChannelSpecification> {
    fn from(v: ChannelSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_SPECIFICATION_TYPE.properties))
    }
}

/// The `ModelInput` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelInput {
    props: ::forma_core::schema::Props,
}
impl ModelInput {
    /// A new value with its required properties: `DataInputConfig`.
    pub fn new(data_input_config: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_input_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ModelInput> for ::forma_core::Value<ModelInput> {
    fn from(v: ModelInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MODEL_INPUT_TYPE.properties))
    }
}

/// The `ParameterRange` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterRange {
    props: ::forma_core::schema::Props,
}
impl ParameterRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CategoricalParameterRangeSpecification`.
    pub fn categorical_parameter_range_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CategoricalParameterRangeSpecification>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContinuousParameterRangeSpecification`.
    pub fn continuous_parameter_range_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContinuousParameterRangeSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IntegerParameterRangeSpecification`.
    pub fn integer_parameter_range_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IntegerParameterRangeSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParameterRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParameterRange> for ::forma_core::Value<ParameterRange> {
    fn from(v: ParameterRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_RANGE_TYPE.properties))
    }
}

/// The `CategoricalParameterRangeSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoricalParameterRangeSpecification {
    props: ::forma_core::schema::Props,
}
impl CategoricalParameterRangeSpecification {
    /// A new value with its required properties: `Values`.
    pub fn new(values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CategoricalParameterRangeSpecification>
    for ::forma_core::Value<CategoricalParameterRangeSpecification>
{
    fn from(v: CategoricalParameterRangeSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATEGORICAL_PARAMETER_RANGE_SPECIFICATION_TYPE.properties))
    }
}

/// The `ContinuousParameterRangeSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousParameterRangeSpecification {
    props: ::forma_core::schema::Props,
}
impl ContinuousParameterRangeSpecification {
    /// A new value with its required properties: `MaxValue`, `MinValue`.
    pub fn new(
        max_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        min_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_value.into().into_expr());
        props.set(1, min_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContinuousParameterRangeSpecification>
    for ::forma_core::Value<ContinuousParameterRangeSpecification>
{
    fn from(v: ContinuousParameterRangeSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTINUOUS_PARAMETER_RANGE_SPECIFICATION_TYPE.properties))
    }
}

/// The `IntegerParameterRangeSpecification` property type of `AWS::SageMaker::Algorithm`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerParameterRangeSpecification {
    props: ::forma_core::schema::Props,
}
impl IntegerParameterRangeSpecification {
    /// A new value with its required properties: `MaxValue`, `MinValue`.
    pub fn new(
        max_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        min_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_value.into().into_expr());
        props.set(1, min_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntegerParameterRangeSpecification>
    for ::forma_core::Value<IntegerParameterRangeSpecification>
{
    fn from(v: IntegerParameterRangeSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_PARAMETER_RANGE_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::Algorithm`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::Algorithm",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlgorithmDescription",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "AlgorithmName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "CertifyForMarketplace",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InferenceSpecification",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INFERENCE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrainingSpecification",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRAINING_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["AlgorithmArn", "CreationTime"],
};

static INFERENCE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.InferenceSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Containers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedContentTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedRealtimeInferenceInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ml.c4.2xlarge",
                    "ml.c4.4xlarge",
                    "ml.c4.8xlarge",
                    "ml.c4.large",
                    "ml.c4.xlarge",
                    "ml.c5.18xlarge",
                    "ml.c5.2xlarge",
                    "ml.c5.4xlarge",
                    "ml.c5.9xlarge",
                    "ml.c5.large",
                    "ml.c5.xlarge",
                    "ml.c5d.18xlarge",
                    "ml.c5d.2xlarge",
                    "ml.c5d.4xlarge",
                    "ml.c5d.9xlarge",
                    "ml.c5d.large",
                    "ml.c5d.xlarge",
                    "ml.c6g.12xlarge",
                    "ml.c6g.16xlarge",
                    "ml.c6g.2xlarge",
                    "ml.c6g.4xlarge",
                    "ml.c6g.8xlarge",
                    "ml.c6g.large",
                    "ml.c6g.xlarge",
                    "ml.c6gd.12xlarge",
                    "ml.c6gd.16xlarge",
                    "ml.c6gd.2xlarge",
                    "ml.c6gd.4xlarge",
                    "ml.c6gd.8xlarge",
                    "ml.c6gd.large",
                    "ml.c6gd.xlarge",
                    "ml.c6gn.12xlarge",
                    "ml.c6gn.16xlarge",
                    "ml.c6gn.2xlarge",
                    "ml.c6gn.4xlarge",
                    "ml.c6gn.8xlarge",
                    "ml.c6gn.large",
                    "ml.c6gn.xlarge",
                    "ml.c6i.12xlarge",
                    "ml.c6i.16xlarge",
                    "ml.c6i.24xlarge",
                    "ml.c6i.2xlarge",
                    "ml.c6i.32xlarge",
                    "ml.c6i.4xlarge",
                    "ml.c6i.8xlarge",
                    "ml.c6i.large",
                    "ml.c6i.xlarge",
                    "ml.c6in.12xlarge",
                    "ml.c6in.16xlarge",
                    "ml.c6in.24xlarge",
                    "ml.c6in.2xlarge",
                    "ml.c6in.32xlarge",
                    "ml.c6in.4xlarge",
                    "ml.c6in.8xlarge",
                    "ml.c6in.large",
                    "ml.c6in.xlarge",
                    "ml.c7g.12xlarge",
                    "ml.c7g.16xlarge",
                    "ml.c7g.2xlarge",
                    "ml.c7g.4xlarge",
                    "ml.c7g.8xlarge",
                    "ml.c7g.large",
                    "ml.c7g.xlarge",
                    "ml.c7i.12xlarge",
                    "ml.c7i.16xlarge",
                    "ml.c7i.24xlarge",
                    "ml.c7i.2xlarge",
                    "ml.c7i.48xlarge",
                    "ml.c7i.4xlarge",
                    "ml.c7i.8xlarge",
                    "ml.c7i.large",
                    "ml.c7i.xlarge",
                    "ml.c8g.12xlarge",
                    "ml.c8g.16xlarge",
                    "ml.c8g.24xlarge",
                    "ml.c8g.2xlarge",
                    "ml.c8g.48xlarge",
                    "ml.c8g.4xlarge",
                    "ml.c8g.8xlarge",
                    "ml.c8g.large",
                    "ml.c8g.medium",
                    "ml.c8g.xlarge",
                    "ml.dl1.24xlarge",
                    "ml.g4dn.12xlarge",
                    "ml.g4dn.16xlarge",
                    "ml.g4dn.2xlarge",
                    "ml.g4dn.4xlarge",
                    "ml.g4dn.8xlarge",
                    "ml.g4dn.xlarge",
                    "ml.g5.12xlarge",
                    "ml.g5.16xlarge",
                    "ml.g5.24xlarge",
                    "ml.g5.2xlarge",
                    "ml.g5.48xlarge",
                    "ml.g5.4xlarge",
                    "ml.g5.8xlarge",
                    "ml.g5.xlarge",
                    "ml.g6.12xlarge",
                    "ml.g6.16xlarge",
                    "ml.g6.24xlarge",
                    "ml.g6.2xlarge",
                    "ml.g6.48xlarge",
                    "ml.g6.4xlarge",
                    "ml.g6.8xlarge",
                    "ml.g6.xlarge",
                    "ml.g6e.12xlarge",
                    "ml.g6e.16xlarge",
                    "ml.g6e.24xlarge",
                    "ml.g6e.2xlarge",
                    "ml.g6e.48xlarge",
                    "ml.g6e.4xlarge",
                    "ml.g6e.8xlarge",
                    "ml.g6e.xlarge",
                    "ml.g7.12xlarge",
                    "ml.g7.24xlarge",
                    "ml.g7.2xlarge",
                    "ml.g7.48xlarge",
                    "ml.g7.4xlarge",
                    "ml.g7.8xlarge",
                    "ml.g7e.12xlarge",
                    "ml.g7e.24xlarge",
                    "ml.g7e.2xlarge",
                    "ml.g7e.48xlarge",
                    "ml.g7e.4xlarge",
                    "ml.g7e.8xlarge",
                    "ml.inf1.24xlarge",
                    "ml.inf1.2xlarge",
                    "ml.inf1.6xlarge",
                    "ml.inf1.xlarge",
                    "ml.inf2.24xlarge",
                    "ml.inf2.48xlarge",
                    "ml.inf2.8xlarge",
                    "ml.inf2.xlarge",
                    "ml.m4.10xlarge",
                    "ml.m4.16xlarge",
                    "ml.m4.2xlarge",
                    "ml.m4.4xlarge",
                    "ml.m4.xlarge",
                    "ml.m5.12xlarge",
                    "ml.m5.24xlarge",
                    "ml.m5.2xlarge",
                    "ml.m5.4xlarge",
                    "ml.m5.large",
                    "ml.m5.xlarge",
                    "ml.m5d.12xlarge",
                    "ml.m5d.24xlarge",
                    "ml.m5d.2xlarge",
                    "ml.m5d.4xlarge",
                    "ml.m5d.large",
                    "ml.m5d.xlarge",
                    "ml.m6g.12xlarge",
                    "ml.m6g.16xlarge",
                    "ml.m6g.2xlarge",
                    "ml.m6g.4xlarge",
                    "ml.m6g.8xlarge",
                    "ml.m6g.large",
                    "ml.m6g.xlarge",
                    "ml.m6gd.12xlarge",
                    "ml.m6gd.16xlarge",
                    "ml.m6gd.2xlarge",
                    "ml.m6gd.4xlarge",
                    "ml.m6gd.8xlarge",
                    "ml.m6gd.large",
                    "ml.m6gd.xlarge",
                    "ml.m6i.12xlarge",
                    "ml.m6i.16xlarge",
                    "ml.m6i.24xlarge",
                    "ml.m6i.2xlarge",
                    "ml.m6i.32xlarge",
                    "ml.m6i.4xlarge",
                    "ml.m6i.8xlarge",
                    "ml.m6i.large",
                    "ml.m6i.xlarge",
                    "ml.m7i.12xlarge",
                    "ml.m7i.16xlarge",
                    "ml.m7i.24xlarge",
                    "ml.m7i.2xlarge",
                    "ml.m7i.48xlarge",
                    "ml.m7i.4xlarge",
                    "ml.m7i.8xlarge",
                    "ml.m7i.large",
                    "ml.m7i.xlarge",
                    "ml.m8g.12xlarge",
                    "ml.m8g.16xlarge",
                    "ml.m8g.24xlarge",
                    "ml.m8g.2xlarge",
                    "ml.m8g.48xlarge",
                    "ml.m8g.4xlarge",
                    "ml.m8g.8xlarge",
                    "ml.m8g.large",
                    "ml.m8g.medium",
                    "ml.m8g.xlarge",
                    "ml.p2.16xlarge",
                    "ml.p2.8xlarge",
                    "ml.p2.xlarge",
                    "ml.p3.16xlarge",
                    "ml.p3.2xlarge",
                    "ml.p3.8xlarge",
                    "ml.p4d.24xlarge",
                    "ml.p4de.24xlarge",
                    "ml.p5.48xlarge",
                    "ml.p5.4xlarge",
                    "ml.p5e.48xlarge",
                    "ml.p5en.48xlarge",
                    "ml.p6-b200.48xlarge",
                    "ml.p6-b300.48xlarge",
                    "ml.p6e-gb200.36xlarge",
                    "ml.r5.12xlarge",
                    "ml.r5.24xlarge",
                    "ml.r5.2xlarge",
                    "ml.r5.4xlarge",
                    "ml.r5.large",
                    "ml.r5.xlarge",
                    "ml.r5d.12xlarge",
                    "ml.r5d.24xlarge",
                    "ml.r5d.2xlarge",
                    "ml.r5d.4xlarge",
                    "ml.r5d.large",
                    "ml.r5d.xlarge",
                    "ml.r6g.12xlarge",
                    "ml.r6g.16xlarge",
                    "ml.r6g.2xlarge",
                    "ml.r6g.4xlarge",
                    "ml.r6g.8xlarge",
                    "ml.r6g.large",
                    "ml.r6g.xlarge",
                    "ml.r6gd.12xlarge",
                    "ml.r6gd.16xlarge",
                    "ml.r6gd.2xlarge",
                    "ml.r6gd.4xlarge",
                    "ml.r6gd.8xlarge",
                    "ml.r6gd.large",
                    "ml.r6gd.xlarge",
                    "ml.r6i.12xlarge",
                    "ml.r6i.16xlarge",
                    "ml.r6i.24xlarge",
                    "ml.r6i.2xlarge",
                    "ml.r6i.32xlarge",
                    "ml.r6i.4xlarge",
                    "ml.r6i.8xlarge",
                    "ml.r6i.large",
                    "ml.r6i.xlarge",
                    "ml.r7gd.12xlarge",
                    "ml.r7gd.16xlarge",
                    "ml.r7gd.2xlarge",
                    "ml.r7gd.4xlarge",
                    "ml.r7gd.8xlarge",
                    "ml.r7gd.large",
                    "ml.r7gd.medium",
                    "ml.r7gd.xlarge",
                    "ml.r7i.12xlarge",
                    "ml.r7i.16xlarge",
                    "ml.r7i.24xlarge",
                    "ml.r7i.2xlarge",
                    "ml.r7i.48xlarge",
                    "ml.r7i.4xlarge",
                    "ml.r7i.8xlarge",
                    "ml.r7i.large",
                    "ml.r7i.xlarge",
                    "ml.r8g.12xlarge",
                    "ml.r8g.16xlarge",
                    "ml.r8g.24xlarge",
                    "ml.r8g.2xlarge",
                    "ml.r8g.48xlarge",
                    "ml.r8g.4xlarge",
                    "ml.r8g.8xlarge",
                    "ml.r8g.large",
                    "ml.r8g.medium",
                    "ml.r8g.xlarge",
                    "ml.t2.2xlarge",
                    "ml.t2.large",
                    "ml.t2.medium",
                    "ml.t2.xlarge",
                    "ml.trn1.2xlarge",
                    "ml.trn1.32xlarge",
                    "ml.trn1n.32xlarge",
                    "ml.trn2.48xlarge",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedResponseMIMETypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-\\w]+\\/.+$"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedTransformInstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ml.c4.2xlarge",
                    "ml.c4.4xlarge",
                    "ml.c4.8xlarge",
                    "ml.c4.xlarge",
                    "ml.c5.18xlarge",
                    "ml.c5.2xlarge",
                    "ml.c5.4xlarge",
                    "ml.c5.9xlarge",
                    "ml.c5.xlarge",
                    "ml.c6i.12xlarge",
                    "ml.c6i.16xlarge",
                    "ml.c6i.24xlarge",
                    "ml.c6i.2xlarge",
                    "ml.c6i.32xlarge",
                    "ml.c6i.4xlarge",
                    "ml.c6i.8xlarge",
                    "ml.c6i.large",
                    "ml.c6i.xlarge",
                    "ml.c7i.12xlarge",
                    "ml.c7i.16xlarge",
                    "ml.c7i.24xlarge",
                    "ml.c7i.2xlarge",
                    "ml.c7i.48xlarge",
                    "ml.c7i.4xlarge",
                    "ml.c7i.8xlarge",
                    "ml.c7i.large",
                    "ml.c7i.xlarge",
                    "ml.g4dn.12xlarge",
                    "ml.g4dn.16xlarge",
                    "ml.g4dn.2xlarge",
                    "ml.g4dn.4xlarge",
                    "ml.g4dn.8xlarge",
                    "ml.g4dn.xlarge",
                    "ml.g5.12xlarge",
                    "ml.g5.16xlarge",
                    "ml.g5.24xlarge",
                    "ml.g5.2xlarge",
                    "ml.g5.48xlarge",
                    "ml.g5.4xlarge",
                    "ml.g5.8xlarge",
                    "ml.g5.xlarge",
                    "ml.g6.12xlarge",
                    "ml.g6.16xlarge",
                    "ml.g6.24xlarge",
                    "ml.g6.2xlarge",
                    "ml.g6.48xlarge",
                    "ml.g6.4xlarge",
                    "ml.g6.8xlarge",
                    "ml.g6.xlarge",
                    "ml.g6e.12xlarge",
                    "ml.g6e.16xlarge",
                    "ml.g6e.24xlarge",
                    "ml.g6e.2xlarge",
                    "ml.g6e.48xlarge",
                    "ml.g6e.4xlarge",
                    "ml.g6e.8xlarge",
                    "ml.g6e.xlarge",
                    "ml.inf2.24xlarge",
                    "ml.inf2.48xlarge",
                    "ml.inf2.8xlarge",
                    "ml.inf2.xlarge",
                    "ml.m4.10xlarge",
                    "ml.m4.16xlarge",
                    "ml.m4.2xlarge",
                    "ml.m4.4xlarge",
                    "ml.m4.xlarge",
                    "ml.m5.12xlarge",
                    "ml.m5.24xlarge",
                    "ml.m5.2xlarge",
                    "ml.m5.4xlarge",
                    "ml.m5.large",
                    "ml.m5.xlarge",
                    "ml.m6i.12xlarge",
                    "ml.m6i.16xlarge",
                    "ml.m6i.24xlarge",
                    "ml.m6i.2xlarge",
                    "ml.m6i.32xlarge",
                    "ml.m6i.4xlarge",
                    "ml.m6i.8xlarge",
                    "ml.m6i.large",
                    "ml.m6i.xlarge",
                    "ml.m7i.12xlarge",
                    "ml.m7i.16xlarge",
                    "ml.m7i.24xlarge",
                    "ml.m7i.2xlarge",
                    "ml.m7i.48xlarge",
                    "ml.m7i.4xlarge",
                    "ml.m7i.8xlarge",
                    "ml.m7i.large",
                    "ml.m7i.xlarge",
                    "ml.p2.16xlarge",
                    "ml.p2.8xlarge",
                    "ml.p2.xlarge",
                    "ml.p3.16xlarge",
                    "ml.p3.2xlarge",
                    "ml.p3.8xlarge",
                    "ml.r6i.12xlarge",
                    "ml.r6i.16xlarge",
                    "ml.r6i.24xlarge",
                    "ml.r6i.2xlarge",
                    "ml.r6i.32xlarge",
                    "ml.r6i.4xlarge",
                    "ml.r6i.8xlarge",
                    "ml.r6i.large",
                    "ml.r6i.xlarge",
                    "ml.r7i.12xlarge",
                    "ml.r7i.16xlarge",
                    "ml.r7i.24xlarge",
                    "ml.r7i.2xlarge",
                    "ml.r7i.48xlarge",
                    "ml.r7i.4xlarge",
                    "ml.r7i.8xlarge",
                    "ml.r7i.large",
                    "ml.r7i.xlarge",
                    "ml.trn1.2xlarge",
                    "ml.trn1.32xlarge",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TRAINING_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.TrainingSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&METRIC_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(40) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedHyperParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HYPER_PARAMETER_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedTrainingInstanceTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ml.c4.2xlarge",
                    "ml.c4.4xlarge",
                    "ml.c4.8xlarge",
                    "ml.c4.xlarge",
                    "ml.c5.18xlarge",
                    "ml.c5.2xlarge",
                    "ml.c5.4xlarge",
                    "ml.c5.9xlarge",
                    "ml.c5.xlarge",
                    "ml.c5n.18xlarge",
                    "ml.c5n.2xlarge",
                    "ml.c5n.4xlarge",
                    "ml.c5n.9xlarge",
                    "ml.c5n.xlarge",
                    "ml.c6i.12xlarge",
                    "ml.c6i.16xlarge",
                    "ml.c6i.24xlarge",
                    "ml.c6i.2xlarge",
                    "ml.c6i.32xlarge",
                    "ml.c6i.4xlarge",
                    "ml.c6i.8xlarge",
                    "ml.c6i.xlarge",
                    "ml.c7i-flex.12xlarge",
                    "ml.c7i-flex.16xlarge",
                    "ml.c7i-flex.2xlarge",
                    "ml.c7i-flex.4xlarge",
                    "ml.c7i-flex.8xlarge",
                    "ml.c7i-flex.xlarge",
                    "ml.c7i.12xlarge",
                    "ml.c7i.16xlarge",
                    "ml.c7i.24xlarge",
                    "ml.c7i.2xlarge",
                    "ml.c7i.48xlarge",
                    "ml.c7i.4xlarge",
                    "ml.c7i.8xlarge",
                    "ml.c7i.large",
                    "ml.c7i.xlarge",
                    "ml.c8i-flex.12xlarge",
                    "ml.c8i-flex.16xlarge",
                    "ml.c8i-flex.2xlarge",
                    "ml.c8i-flex.4xlarge",
                    "ml.c8i-flex.8xlarge",
                    "ml.c8i-flex.xlarge",
                    "ml.c8i.12xlarge",
                    "ml.c8i.16xlarge",
                    "ml.c8i.24xlarge",
                    "ml.c8i.2xlarge",
                    "ml.c8i.32xlarge",
                    "ml.c8i.48xlarge",
                    "ml.c8i.4xlarge",
                    "ml.c8i.8xlarge",
                    "ml.c8i.96xlarge",
                    "ml.c8i.xlarge",
                    "ml.g4dn.12xlarge",
                    "ml.g4dn.16xlarge",
                    "ml.g4dn.2xlarge",
                    "ml.g4dn.4xlarge",
                    "ml.g4dn.8xlarge",
                    "ml.g4dn.xlarge",
                    "ml.g5.12xlarge",
                    "ml.g5.16xlarge",
                    "ml.g5.24xlarge",
                    "ml.g5.2xlarge",
                    "ml.g5.48xlarge",
                    "ml.g5.4xlarge",
                    "ml.g5.8xlarge",
                    "ml.g5.xlarge",
                    "ml.g6.12xlarge",
                    "ml.g6.16xlarge",
                    "ml.g6.24xlarge",
                    "ml.g6.2xlarge",
                    "ml.g6.48xlarge",
                    "ml.g6.4xlarge",
                    "ml.g6.8xlarge",
                    "ml.g6.xlarge",
                    "ml.g6e.12xlarge",
                    "ml.g6e.16xlarge",
                    "ml.g6e.24xlarge",
                    "ml.g6e.2xlarge",
                    "ml.g6e.48xlarge",
                    "ml.g6e.4xlarge",
                    "ml.g6e.8xlarge",
                    "ml.g6e.xlarge",
                    "ml.g7.12xlarge",
                    "ml.g7.24xlarge",
                    "ml.g7.2xlarge",
                    "ml.g7.48xlarge",
                    "ml.g7.4xlarge",
                    "ml.g7.8xlarge",
                    "ml.g7e.12xlarge",
                    "ml.g7e.24xlarge",
                    "ml.g7e.2xlarge",
                    "ml.g7e.48xlarge",
                    "ml.g7e.4xlarge",
                    "ml.g7e.8xlarge",
                    "ml.m4.10xlarge",
                    "ml.m4.16xlarge",
                    "ml.m4.2xlarge",
                    "ml.m4.4xlarge",
                    "ml.m4.xlarge",
                    "ml.m5.12xlarge",
                    "ml.m5.24xlarge",
                    "ml.m5.2xlarge",
                    "ml.m5.4xlarge",
                    "ml.m5.large",
                    "ml.m5.xlarge",
                    "ml.m6i.12xlarge",
                    "ml.m6i.16xlarge",
                    "ml.m6i.24xlarge",
                    "ml.m6i.2xlarge",
                    "ml.m6i.32xlarge",
                    "ml.m6i.4xlarge",
                    "ml.m6i.8xlarge",
                    "ml.m6i.large",
                    "ml.m6i.xlarge",
                    "ml.m7i-flex.12xlarge",
                    "ml.m7i-flex.16xlarge",
                    "ml.m7i-flex.2xlarge",
                    "ml.m7i-flex.4xlarge",
                    "ml.m7i-flex.8xlarge",
                    "ml.m7i-flex.large",
                    "ml.m7i-flex.xlarge",
                    "ml.m7i.12xlarge",
                    "ml.m7i.16xlarge",
                    "ml.m7i.24xlarge",
                    "ml.m7i.2xlarge",
                    "ml.m7i.48xlarge",
                    "ml.m7i.4xlarge",
                    "ml.m7i.8xlarge",
                    "ml.m7i.large",
                    "ml.m7i.xlarge",
                    "ml.m8i-flex.12xlarge",
                    "ml.m8i-flex.16xlarge",
                    "ml.m8i-flex.2xlarge",
                    "ml.m8i-flex.4xlarge",
                    "ml.m8i-flex.8xlarge",
                    "ml.m8i-flex.large",
                    "ml.m8i-flex.xlarge",
                    "ml.m8i.12xlarge",
                    "ml.m8i.16xlarge",
                    "ml.m8i.24xlarge",
                    "ml.m8i.2xlarge",
                    "ml.m8i.32xlarge",
                    "ml.m8i.48xlarge",
                    "ml.m8i.4xlarge",
                    "ml.m8i.8xlarge",
                    "ml.m8i.96xlarge",
                    "ml.m8i.large",
                    "ml.m8i.xlarge",
                    "ml.p2.16xlarge",
                    "ml.p2.8xlarge",
                    "ml.p2.xlarge",
                    "ml.p3.16xlarge",
                    "ml.p3.2xlarge",
                    "ml.p3.8xlarge",
                    "ml.p3dn.24xlarge",
                    "ml.p4d.24xlarge",
                    "ml.p4de.24xlarge",
                    "ml.p5.48xlarge",
                    "ml.p5.4xlarge",
                    "ml.p5e.48xlarge",
                    "ml.p5en.48xlarge",
                    "ml.p6-b200.48xlarge",
                    "ml.p6-b300.48xlarge",
                    "ml.p6e-gb200.36xlarge",
                    "ml.r5.12xlarge",
                    "ml.r5.16xlarge",
                    "ml.r5.24xlarge",
                    "ml.r5.2xlarge",
                    "ml.r5.4xlarge",
                    "ml.r5.8xlarge",
                    "ml.r5.large",
                    "ml.r5.xlarge",
                    "ml.r5d.12xlarge",
                    "ml.r5d.16xlarge",
                    "ml.r5d.24xlarge",
                    "ml.r5d.2xlarge",
                    "ml.r5d.4xlarge",
                    "ml.r5d.8xlarge",
                    "ml.r5d.large",
                    "ml.r5d.xlarge",
                    "ml.r6i.12xlarge",
                    "ml.r6i.16xlarge",
                    "ml.r6i.24xlarge",
                    "ml.r6i.2xlarge",
                    "ml.r6i.32xlarge",
                    "ml.r6i.4xlarge",
                    "ml.r6i.8xlarge",
                    "ml.r6i.large",
                    "ml.r6i.xlarge",
                    "ml.r7i.12xlarge",
                    "ml.r7i.16xlarge",
                    "ml.r7i.24xlarge",
                    "ml.r7i.2xlarge",
                    "ml.r7i.48xlarge",
                    "ml.r7i.4xlarge",
                    "ml.r7i.8xlarge",
                    "ml.r7i.large",
                    "ml.r7i.xlarge",
                    "ml.r8i-flex.12xlarge",
                    "ml.r8i-flex.16xlarge",
                    "ml.r8i-flex.2xlarge",
                    "ml.r8i-flex.4xlarge",
                    "ml.r8i-flex.8xlarge",
                    "ml.r8i-flex.large",
                    "ml.r8i-flex.xlarge",
                    "ml.r8i.12xlarge",
                    "ml.r8i.16xlarge",
                    "ml.r8i.24xlarge",
                    "ml.r8i.2xlarge",
                    "ml.r8i.32xlarge",
                    "ml.r8i.48xlarge",
                    "ml.r8i.4xlarge",
                    "ml.r8i.8xlarge",
                    "ml.r8i.96xlarge",
                    "ml.r8i.large",
                    "ml.r8i.xlarge",
                    "ml.t3.2xlarge",
                    "ml.t3.large",
                    "ml.t3.medium",
                    "ml.t3.xlarge",
                    "ml.trn1.2xlarge",
                    "ml.trn1.32xlarge",
                    "ml.trn1n.32xlarge",
                    "ml.trn2.48xlarge",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedTuningJobObjectiveMetrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HYPER_PARAMETER_TUNING_JOB_OBJECTIVE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportsDistributedTraining",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TrainingChannels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CHANNEL_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrainingImage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S]+$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrainingImageDigest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"),
                min_length: Some(0),
                max_length: Some(72),
            }),
        },
    ],
    rules: &[],
};

static MODEL_PACKAGE_CONTAINER_DEFINITION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Algorithm.ModelPackageContainerDefinition",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerHostname",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                    min_length: None,
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "Environment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "Framework",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "FrameworkVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]\\.[A-Za-z0-9.-]+$"),
                    min_length: Some(3),
                    max_length: Some(10),
                }),
            },
            ::forma_core::schema::Property {
                name: "Image",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\S]+$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "ImageDigest",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$"),
                    min_length: Some(0),
                    max_length: Some(72),
                }),
            },
            ::forma_core::schema::Property {
                name: "IsCheckpoint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "ModelInput",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MODEL_INPUT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NearestModelName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static METRIC_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.MetricDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regex",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
};

static HYPER_PARAMETER_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.HyperParameterSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsTunable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Range",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETER_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Integer", "Continuous", "Categorical", "FreeText"]),
        },
    ],
    rules: &[],
};

static HYPER_PARAMETER_TUNING_JOB_OBJECTIVE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Algorithm.HyperParameterTuningJobObjective",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetricName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Maximize", "Minimize"]),
            },
        ],
        rules: &[],
    };

static CHANNEL_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.ChannelSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\.\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SupportedCompressionTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["None", "Gzip"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedContentTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedInputModes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["Pipe", "File", "FastFile"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MODEL_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.ModelInput",
    properties: &[::forma_core::schema::Property {
        name: "DataInputConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\S\\s]+$"),
            min_length: Some(1),
            max_length: Some(16384),
        }),
    }],
    rules: &[],
};

static PARAMETER_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::Algorithm.ParameterRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "CategoricalParameterRangeSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CATEGORICAL_PARAMETER_RANGE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContinuousParameterRangeSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTINUOUS_PARAMETER_RANGE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntegerParameterRangeSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGER_PARAMETER_RANGE_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static CATEGORICAL_PARAMETER_RANGE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Algorithm.CategoricalParameterRangeSpecification",
        properties: &[::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        }],
        rules: &[],
    };

static CONTINUOUS_PARAMETER_RANGE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Algorithm.ContinuousParameterRangeSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MinValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static INTEGER_PARAMETER_RANGE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::Algorithm.IntegerParameterRangeSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MinValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };
