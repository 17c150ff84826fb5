// @generated from AMZN::SDC::Deployment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AMZN::SDC::Deployment` and its property types.

/// Resource Type definition for AMZN::SDC::Deployment
///
/// CloudFormation type `AMZN::SDC::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    props: ::forma_core::schema::Props,
}
impl Deployment {
    /// A new resource with its required properties: `ConfigName`, `Dimension`, `S3Bucket`, `S3Key`, `Stage`.
    #[track_caller]
    pub fn new(
        config_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stage: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, config_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, dimension.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, s3_bucket.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, s3_key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, stage.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PipelineId`.
    #[track_caller]
    pub fn pipeline_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TargetRegionOverride`.
    #[track_caller]
    pub fn target_region_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Deployment {
    type Attributes = DeploymentAttributes;
    fn type_name(&self) -> &str {
        "AMZN::SDC::Deployment"
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
/// The attributes of a `AMZN::SDC::Deployment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeploymentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AMZN::SDC::Deployment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AMZN::SDC::Deployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dimension",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PipelineId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Stage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetRegionOverride",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
