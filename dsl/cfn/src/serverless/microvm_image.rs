// @generated from AWS::Serverless::MicrovmImage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::MicrovmImage` and its property types.

/// A `AWS::Serverless::MicrovmImage`.
///
/// CloudFormation type `AWS::Serverless::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct MicrovmImage {
    props: ::forma_core::schema::Props,
}
impl MicrovmImage {
    /// A new resource with its required properties: `BaseImageArn`, `BaseImageVersion`, `CodeUri`, `Name`.
    #[track_caller]
    pub fn new(
        base_image_arn: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        base_image_version: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        code_uri: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, base_image_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, base_image_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, code_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AdditionalOsCapabilities`.
    #[track_caller]
    pub fn additional_os_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BuildRoleArn`.
    #[track_caller]
    pub fn build_role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CpuConfigurations`.
    #[track_caller]
    pub fn cpu_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CpuConfiguration>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EgressNetworkConnectors`.
    #[track_caller]
    pub fn egress_network_connectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentVariables`.
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Hooks`.
    #[track_caller]
    pub fn hooks(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Logging`.
    #[track_caller]
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PropagateTags`.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Resources`.
    #[track_caller]
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceSpec>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MicrovmImage {
    type Attributes = MicrovmImageAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::MicrovmImage"
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
/// The attributes of a `AWS::Serverless::MicrovmImage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MicrovmImageAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MicrovmImageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `CpuConfiguration` property type of `AWS::Serverless::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuConfiguration {
    props: ::forma_core::schema::Props,
}
impl CpuConfiguration {
    /// A new value with its required properties: `Architecture`.
    pub fn new(architecture: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, architecture.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CpuConfiguration> for ::forma_core::Value<CpuConfiguration> {
    fn from(v: CpuConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CPU_CONFIGURATION_TYPE.properties))
    }
}

/// The `ResourceSpec` property type of `AWS::Serverless::MicrovmImage`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpec {
    props: ::forma_core::schema::Props,
}
impl ResourceSpec {
    /// A new value with its required properties: `MinimumMemoryInMiB`.
    pub fn new(minimum_memory_in_mi_b: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, minimum_memory_in_mi_b.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceSpec> for ::forma_core::Value<ResourceSpec> {
    fn from(v: ResourceSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SPEC_TYPE.properties))
    }
}

/// The schema of `AWS::Serverless::MicrovmImage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Serverless::MicrovmImage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalOsCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BaseImageArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BaseImageVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BuildRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CodeUri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CpuConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CPU_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EgressNetworkConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Hooks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};

static CPU_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::MicrovmImage.CpuConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Architecture",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static RESOURCE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Serverless::MicrovmImage.ResourceSpec",
    properties: &[::forma_core::schema::Property {
        name: "MinimumMemoryInMiB",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};
