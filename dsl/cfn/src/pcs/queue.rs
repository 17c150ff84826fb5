// @generated from AWS::PCS::Queue (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCS::Queue` and its property types.

/// AWS::PCS::Queue resource creates an AWS PCS queue.
///
/// CloudFormation type `AWS::PCS::Queue`.
#[derive(Debug, Clone, PartialEq)]
pub struct Queue {
    props: ::forma_core::schema::Props,
}
impl Queue {
    /// A new resource with its required properties: `ClusterId`.
    #[track_caller]
    pub fn new(cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of compute node group configurations associated with the queue.
    #[track_caller]
    pub fn compute_node_group_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComputeNodeGroupConfiguration>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name that identifies the queue.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Slurm configuration for the queue.
    #[track_caller]
    pub fn slurm_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlurmConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// 1 or more tags added to the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Queue {
    type Attributes = QueueAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCS::Queue"
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
/// The attributes of a `AWS::PCS::Queue` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QueueAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QueueAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QueueAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ErrorInfo`.
    pub fn error_info(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ErrorInfo")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The compute node group configuration for a queue.
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeNodeGroupConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComputeNodeGroupConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The compute node group ID for the compute node group configuration.
    pub fn compute_node_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeNodeGroupConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeNodeGroupConfiguration> for ::forma_core::Value<ComputeNodeGroupConfiguration> {
    fn from(v: ComputeNodeGroupConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_NODE_GROUP_CONFIGURATION_TYPE.properties))
    }
}

/// The Slurm configuration for the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmConfiguration {
    props: ::forma_core::schema::Props,
}
impl SlurmConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom Slurm parameters that directly map to Slurm configuration settings.
    pub fn slurm_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlurmCustomSetting>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlurmConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlurmConfiguration> for ::forma_core::Value<SlurmConfiguration> {
    fn from(v: SlurmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CONFIGURATION_TYPE.properties))
    }
}

/// Additional settings that directly map to Slurm settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmCustomSetting {
    props: ::forma_core::schema::Props,
}
impl SlurmCustomSetting {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlurmCustomSetting> for ::forma_core::Value<SlurmCustomSetting> {
    fn from(v: SlurmCustomSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CUSTOM_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::PCS::Queue`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCS::Queue",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ComputeNodeGroupConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPUTE_NODE_GROUP_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SlurmConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLURM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ErrorInfo", "Id", "Status"],
};

static COMPUTE_NODE_GROUP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Queue.ComputeNodeGroupConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ComputeNodeGroupId",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SLURM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Queue.SlurmConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SlurmCustomSettings",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SLURM_CUSTOM_SETTING_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SLURM_CUSTOM_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Queue.SlurmCustomSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
